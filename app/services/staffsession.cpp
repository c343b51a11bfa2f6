// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/staffsession.h"

#include "services/staffauth.h"

namespace ok {

namespace {
/// The idle lock is never shorter than this, whatever the configuration says.
constexpr std::chrono::seconds kMinLockAfter{15};
} // namespace

StaffSession::StaffSession(StaffAuth &auth, std::chrono::seconds lockAfter, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
{
    m_idle.setSingleShot(true);
    m_idle.setTimerType(Qt::PreciseTimer); // idleLeft() is exact, for the screens and tests
    m_idle.setInterval(std::max(kMinLockAfter, lockAfter));
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_member)
            return;
        if (m_hold && m_hold()) { // never walk away from a card payment in progress
            m_idle.start();
            return;
        }
        end();
        Q_EMIT lockedForInactivity();
    });
}

bool StaffSession::allows(Permission p) const
{
    return m_member && roleAllows(m_member->role, p);
}

Result<StaffMember> StaffSession::signIn(const QString &staffId, const QString &pin)
{
    auto who = m_auth.signIn(staffId, pin);
    if (!who)
        return who;
    m_member = who.value();
    m_idle.start();
    Q_EMIT changed();
    return who;
}

Result<void> StaffSession::setLanguage(const QString &code)
{
    const auto who = signedIn();
    if (!who)
        return who.error();
    const auto now = m_auth.setLanguage(who.value().id, code);
    if (!now)
        return now.error();
    m_member->language = now.value();
    Q_EMIT changed();
    return {};
}

Result<StaffMember> StaffSession::signedIn() const
{
    if (!m_member)
        return Error{QStringLiteral("till.signed-out"), tr("Sign in first")};
    return *m_member;
}

void StaffSession::signOut()
{
    end();
}

void StaffSession::touch()
{
    if (m_member)
        m_idle.start();
}

void StaffSession::end()
{
    m_idle.stop();
    if (!m_member)
        return;
    m_member.reset();
    Q_EMIT changed();
}

} // namespace ok
