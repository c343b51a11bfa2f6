// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staffsessioncontroller.h"

#include "services/staffauth.h"
#include "services/staffsession.h"

#include <QPointer>

namespace ok {

namespace {
QPointer<StaffSessionController> g_instance;
// The QML enumeration mirrors the C++ one value for value.
static_assert(int(PermissionEnum::RetrySync) == int(Permission::RetrySync), "PermissionEnum out of step with ok::Permission");
} // namespace

StaffSessionController::StaffSessionController(StaffSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &StaffSession::changed, this, &StaffSessionController::changed);
    connect(&m_session, &StaffSession::lockedForInactivity, this, &StaffSessionController::lockedForInactivity);
}

bool StaffSessionController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (watched->isWindowType()) // once per input, at the window it first reaches
            m_session.touch();
        break;
    default:
        break;
    }
    return false;
}

QString StaffSessionController::setLanguage(const QString &code)
{
    const auto r = m_session.setLanguage(code);
    return r ? QString() : r.error().message;
}

QString StaffSessionController::language() const
{
    return m_session.member() ? m_session.member()->language : QString();
}

void StaffSessionController::setInstance(StaffSessionController *instance)
{
    g_instance = instance;
}

StaffSessionController *StaffSessionController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(g_instance, "StaffSessionController", "TerminalApp sets the instance before QML loads");
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

bool StaffSessionController::signedIn() const
{
    return m_session.isSignedIn();
}

QString StaffSessionController::id() const
{
    return m_session.member() ? m_session.member()->id : QString();
}

QString StaffSessionController::name() const
{
    return m_session.member() ? m_session.member()->name : QString();
}

QString StaffSessionController::roleText(const QString &role)
{
    if (role == QLatin1String("cashier"))
        return tr("Cashier");
    if (role == QLatin1String("supervisor"))
        return tr("Supervisor");
    if (role == QLatin1String("manager"))
        return tr("Manager");
    return role;
}

QString StaffSessionController::roleText() const
{
    return m_session.member() ? roleText(m_session.member()->role) : QString();
}

QVariantList StaffSessionController::members() const
{
    QVariantList out;
    for (const auto &s : m_session.auth().staff())
        out.append(QVariantMap{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}});
    return out;
}

bool StaffSessionController::allows(PermissionEnum::Value permission) const
{
    return m_session.allows(Permission(int(permission)));
}

QString StaffSessionController::signIn(const QString &staffId, const QString &pin)
{
    auto who = m_session.signIn(staffId, pin);
    return who ? QString() : who.error().message;
}

QString StaffSessionController::memberFromBadge(const QString &code) const
{
    const auto who = m_session.auth().fromBadge(code);
    return who ? who->id : QString();
}

void StaffSessionController::signOut()
{
    m_session.signOut();
}

void StaffSessionController::touch()
{
    m_session.touch();
}

void StaffSessionController::reloadMembers()
{
    Q_EMIT membersChanged();
}

} // namespace ok
