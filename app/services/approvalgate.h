// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sale.h"
#include "core/staff.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ok {

class StaffSession;

/// Who may do what, and the inline approval of what they may not.
///
/// Use cases ask check(): allowed when the signed-in role allows the permission, or when an
/// approval for exactly that permission comes with the call; otherwise the typed error
/// approvalRequired(p). Screens run actions through run(): an action refused only for want of
/// a permission is kept, someone whose role allows it approves it with their PIN (approve()),
/// and the action runs again with that approval, which the use case records with the fact (the
/// ticket, the journal). An action may need a second approval (a Z report: the supervisor's for
/// the Z, a manager's for the count difference); it is then kept again.
class ApprovalGate : public QObject
{
    Q_OBJECT
public:
    using Action = std::function<Result<void>(const std::optional<ApprovalRecord> &)>;

    explicit ApprovalGate(StaffSession &session, QObject *parent = nullptr);

    /// Nobody signed in: "till.signed-out". Not allowed and no matching approval: approvalRequired(p).
    Result<void> check(Permission p, const std::optional<ApprovalRecord> &approval = std::nullopt) const;
    bool allowed(Permission p, const std::optional<ApprovalRecord> &approval = std::nullopt) const;

    /// Run `action` without an approval. When it is refused for want of a permission it is kept
    /// (pending() says which) and the error is returned as it came (Error::approval set), so the
    /// caller shows the approval dialog rather than an error.
    Result<void> run(Action action);
    /// The permission the kept action waits for.
    std::optional<Permission> pending() const { return m_pending; }
    /// Staff whose role may approve the pending permission, by name (never the signed-in person:
    /// they could not, or the action would have run).
    QList<StaffMember> approvers() const;
    /// `staffId` approves the kept action with their PIN (StaffAuth: same lockout as sign-in) and
    /// it runs again. Wrong PIN or role: the error, and the action stays kept. Its own outcome
    /// otherwise (kept again if it needs a second approval).
    Result<void> approve(const QString &staffId, const QString &pin, const QString &reason);
    void cancel();

    StaffSession &session() const { return m_session; }

Q_SIGNALS:
    void pendingChanged();

private:
    void keep(Action action, Permission p);

    StaffSession &m_session;
    Action m_action;
    std::optional<Permission> m_pending;
};

} // namespace ok
