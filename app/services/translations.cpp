// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/translations.h"

#include "core/language.h"

#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTranslations, "omnikiosk.translations", QtInfoMsg)

namespace ok {

Translations::Translations(QString directory)
    : m_dir(directory.isEmpty() ? QStringLiteral(":/i18n") : std::move(directory))
{
}

std::shared_ptr<QTranslator> Translations::catalog(const QString &code)
{
    if (!isLanguageCode(code))
        return nullptr;
    if (auto it = m_loaded.find(code); it != m_loaded.end())
        return it->second;
    const QString file = QStringLiteral("%1/omnikiosk_%2.qm").arg(m_dir, code);
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(file)) {
        qCWarning(lcTranslations).noquote()
            << file << (QFileInfo::exists(file) ? "is not a readable translation catalog" : "is missing")
            << QStringLiteral("- %1 text is shown in English").arg(languageNativeName(code));
        translator.reset();
    }
    m_loaded.emplace(code, translator);
    return translator;
}

Wording::Wording(std::shared_ptr<const QTranslator> catalog, QString code)
    : m_catalog(std::move(catalog))
    , m_code(std::move(code))
{
}

QString Wording::text(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString out;
    if (m_catalog)
        out = m_catalog->translate(context, source, disambiguation, n);
    if (out.isNull())
        out = QString::fromUtf8(source);
    if (n >= 0) {
        // As QCoreApplication::translate does: %n plain, %Ln in the (store's) default locale.
        out.replace(QLatin1String("%Ln"), QLocale().toString(n));
        out.replace(QLatin1String("%n"), QString::number(n));
    }
    return out;
}

} // namespace ok
