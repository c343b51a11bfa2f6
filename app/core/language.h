// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The languages the terminal speaks (docs/translations.md): codes as configuration, staff records
// and the catalogs name them.

#include <QString>
#include <QStringList>

namespace ok {

/// "en", "pl", "it", "ru", "nb": English first (the source text), then the store network's.
const QStringList &languageCodes();
bool isLanguageCode(const QString &code);
/// The language of a locale name: "nb_NO" → "nb", "en_GB" → "en"; "" if not one of ours.
QString languageOfLocale(const QString &localeName);
/// The language's name in itself ("Polski", "Norsk bokmål"), for a language picker: a customer
/// looks for their own language's name, not its name in someone else's.
QString languageNativeName(const QString &code);

} // namespace ok
