// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a person reads on a screen, and which of it is English left on a translated screen: shared
// by the tests that check the five languages (tst_languages, tst_channels_e2e). A test that
// includes this defines TS_DIR, the folder of the .ts catalogs.

#include "../tools/tsfile.h"

#include <QQuickItem>
#include <QSet>
#include <QStringList>

namespace ok::test {

/// The English sources of `language`'s catalog, but those the language writes the same ("OK",
/// "PIN"): shown as they are, they are English left on a translated screen.
inline QSet<QString> englishOnlyTexts(const QString &language)
{
    QString tsLanguage;
    QSet<QString> out;
    // Unfinished counts too: its English on a translated screen is the very thing to catch.
    for (const Message &m : readTs(QStringLiteral(TS_DIR "/omnikiosk_%1.ts").arg(language), &tsLanguage))
        if (!m.numerus && m.forms.value(0) != m.source && !m.source.contains(u'%'))
            out.insert(m.source);
    return out;
}

/// The texts a person sees now: every visible item's text, title and placeholder.
inline void visibleTexts(QQuickItem *item, QStringList &out)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    for (const char *property : {"text", "title", "subtitle", "placeholderText"}) {
        const QVariant v = item->property(property);
        if (v.typeId() == QMetaType::QString && !v.toString().trimmed().isEmpty())
            out << v.toString();
    }
    for (QQuickItem *child : item->childItems())
        visibleTexts(child, out);
}

} // namespace ok::test
