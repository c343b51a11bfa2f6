// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/approvalgate.h"

#include "services/staffauth.h"
#include "services/staffsession.h"

namespace ok {

ApprovalGate::ApprovalGate(StaffSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // An approval asked by one person is never granted to the next one at the terminal.
    connect(&m_session, &StaffSession::changed, this, &ApprovalGate::cancel);
}

bool ApprovalGate::allowed(Permission p, const std::optional<ApprovalRecord> &approval) const
{
    if (m_session.allows(p))
        return true;
    return m_session.isSignedIn() && approval && approval->action == permissionKey(p);
}

Result<void> ApprovalGate::check(Permission p, const std::optional<ApprovalRecord> &approval) const
{
    if (auto who = m_session.signedIn(); !who)
        return who.error();
    if (!allowed(p, approval))
        return approvalRequired(p);
    return {};
}

Result<void> ApprovalGate::run(Action action)
{
    Result<void> r = action(std::nullopt);
    if (!r && r.error().approval)
        keep(std::move(action), r.error().approval->permission);
    return r;
}

QList<StaffMember> ApprovalGate::approvers() const
{
    QList<StaffMember> out;
    if (!m_pending)
        return out;
    for (const StaffMember &s : m_session.auth().staff())
        if (roleAllows(s.role, *m_pending) && !(m_session.member() && m_session.member()->id == s.id))
            out.append(s);
    return out;
}

Result<void> ApprovalGate::approve(const QString &staffId, const QString &pin, const QString &reason)
{
    if (!m_action || !m_pending)
        return Error{QStringLiteral("approval.nothing-pending"), tr("Nothing is waiting for an approval")};
    auto a = m_session.auth().approve(*m_pending, staffId, pin, reason);
    if (!a)
        return a.error();
    Action action = std::move(m_action);
    cancel();
    Result<void> r = action(a.value());
    if (!r && r.error().approval)
        keep(std::move(action), r.error().approval->permission);
    return r;
}

void ApprovalGate::cancel()
{
    const bool had = m_pending.has_value();
    m_action = nullptr;
    m_pending.reset();
    if (had)
        Q_EMIT pendingChanged();
}

void ApprovalGate::keep(Action action, Permission p)
{
    m_action = std::move(action);
    m_pending = p;
    Q_EMIT pendingChanged();
}

} // namespace ok
