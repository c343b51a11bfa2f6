// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/language.h"

namespace ok {

const QStringList &languageCodes()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("it"), QStringLiteral("ru"),
                                      QStringLiteral("nb")};
    return codes;
}

bool isLanguageCode(const QString &code)
{
    return languageCodes().contains(code);
}

QString languageOfLocale(const QString &localeName)
{
    const QString code = localeName.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    return isLanguageCode(code) ? code : QString();
}

QString languageNativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("pl"))
        return QStringLiteral("Polski");
    if (code == QLatin1String("it"))
        return QStringLiteral("Italiano");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("nb"))
        return QStringLiteral("Norsk bokmål");
    return code;
}

} // namespace ok
