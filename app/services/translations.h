// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The terminal's translation catalogs (docs/translations.md) and text in one fixed language.
//
// The screens' language is the application's installed translator (app/ui/languagecontroller.h);
// receipts and reports must not follow it: they print in the store's language whoever is signed
// in, so they read their words through a Wording of the store's language instead of tr().

#include <QString>
#include <QTranslator>

#include <map>
#include <memory>

namespace ok {

/// The compiled catalogs (omnikiosk_<code>.qm), loaded once each on first use. English is the
/// source text: its catalog holds only plural forms. A missing or unreadable catalog is one
/// warning in the log, and that language's text stays English: never an empty string.
class Translations
{
public:
    /// `directory`: where the .qm files are; empty: the ones built into the program (:/i18n).
    explicit Translations(QString directory = {});

    /// The catalog of `code` ("pl"), nullptr if it could not be loaded (or the code is not ours).
    std::shared_ptr<QTranslator> catalog(const QString &code);
    QString directory() const { return m_dir; }

private:
    QString m_dir;
    std::map<QString, std::shared_ptr<QTranslator>> m_loaded; ///< a null entry: tried, failed, warned
};

/// Text in one language, whatever the screens show. Copyable; the catalog is shared.
class Wording
{
public:
    Wording() = default; ///< English without plural forms: for tests that do not care
    Wording(std::shared_ptr<const QTranslator> catalog, QString code);

    /// Like tr(): the translation, else the English source; %n replaced by n when n >= 0.
    QString text(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;
    QString language() const { return m_code; }

private:
    std::shared_ptr<const QTranslator> m_catalog;
    QString m_code = QStringLiteral("en");
};

} // namespace ok
