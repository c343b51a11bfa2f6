// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/languagecontroller.h"

#include "core/language.h"
#include "services/staffsession.h"
#include "services/translations.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace ok {

namespace {
QPointer<LanguageController> g_instance;
} // namespace

LanguageController::LanguageController(Translations &translations, StaffSession &session, QString storeLanguage,
                                       QStringList customerLanguages, int resetAfterS, QObject *parent)
    : QObject(parent)
    , m_translations(translations)
    , m_session(session)
    , m_storeLanguage(isLanguageCode(storeLanguage) ? std::move(storeLanguage) : QStringLiteral("en"))
    , m_customerLanguages(customerLanguages.isEmpty() ? languageCodes() : std::move(customerLanguages))
{
    m_reset.setSingleShot(true);
    m_reset.setInterval(std::max(1, resetAfterS) * 1000);
    connect(&m_reset, &QTimer::timeout, this, [this] {
        m_customerChose = false;
        follow();
    });
    connect(&m_session, &StaffSession::changed, this, [this] {
        m_customerChose = false; // staff signed in, or out: the customer before has gone
        m_reset.stop();
        follow();
    });
    follow();
}

LanguageController::~LanguageController()
{
    if (m_installed && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_installed.get());
}

void LanguageController::setInstance(LanguageController *instance)
{
    g_instance = instance;
}

LanguageController *LanguageController::instance()
{
    return g_instance.data();
}

LanguageController *LanguageController::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT(g_instance);
    engine->setObjectOwnership(g_instance.data(), QJSEngine::CppOwnership);
    return g_instance.data();
}

void LanguageController::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

namespace {
QVariantList choicesOf(const QStringList &codes)
{
    QVariantList out;
    for (const QString &code : codes)
        out.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), languageNativeName(code)}});
    return out;
}
} // namespace

QVariantList LanguageController::customerChoices() const
{
    return choicesOf(m_customerLanguages);
}

QVariantList LanguageController::allChoices() const
{
    return choicesOf(languageCodes());
}

bool LanguageController::chooseForCustomer(const QString &code)
{
    if (m_session.isSignedIn() || !m_customerLanguages.contains(code))
        return false;
    m_customerChose = code != m_storeLanguage;
    if (m_customerChose)
        m_reset.start();
    else
        m_reset.stop();
    apply(code);
    return true;
}

bool LanguageController::eventFilter(QObject *watched, QEvent *event)
{
    if (m_customerChose && watched->isWindowType()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
            m_reset.start();
            break;
        default:
            break;
        }
    }
    return false;
}

void LanguageController::follow()
{
    if (const auto &member = m_session.member(); member && isLanguageCode(member->language))
        apply(member->language);
    else if (!m_customerChose)
        apply(m_storeLanguage);
}

void LanguageController::apply(const QString &code)
{
    if (m_applied && code == m_code)
        return;
    m_applied = true;
    std::shared_ptr<QTranslator> next = m_translations.catalog(code);
    if (m_installed)
        QCoreApplication::removeTranslator(m_installed.get());
    m_installed = std::move(next);
    if (m_installed)
        QCoreApplication::installTranslator(m_installed.get());
    m_code = code;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT changed();
}

} // namespace ok
