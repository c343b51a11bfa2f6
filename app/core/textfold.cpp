// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <QList>

namespace ok {

namespace {

// Lower-case letters with no canonical/compatibility decomposition, and their search spelling.
struct Fold {
    char32_t from;
    const char16_t *to;
};
constexpr Fold kFolds[] = {
    {U'ł', u"l"}, {U'ø', u"o"}, {U'æ', u"ae"}, {U'œ', u"oe"}, {U'ß', u"ss"}, {U'đ', u"d"},
    {U'ð', u"d"}, {U'þ', u"th"}, {U'ı', u"i"},  {U'ħ', u"h"},  {U'ŧ', u"t"},
};

const char16_t *foldOf(char32_t c)
{
    for (const Fold &f : kFolds) {
        if (f.from == c)
            return f.to;
    }
    return nullptr;
}

} // namespace

QString foldForSearch(QStringView text)
{
    const QString lowered = text.toString().normalized(QString::NormalizationForm_KD).toLower();

    QString out;
    out.reserve(lowered.size());
    bool pendingSeparator = false;
    for (const char32_t c : lowered.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        const char16_t *folded = foldOf(c);
        const bool wordChar = folded || QChar::isLetterOrNumber(c) || category == QChar::Mark_SpacingCombining;
        if (!wordChar) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !out.isEmpty())
            out += u' ';
        pendingSeparator = false;
        if (folded)
            out += QStringView(folded);
        else
            out += QStringView(QChar::fromUcs4(c));
    }
    return out;
}

} // namespace ok
