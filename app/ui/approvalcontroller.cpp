// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/approvalcontroller.h"

#include "services/approvalgate.h"
#include "ui/input.h"

namespace ok {

ApprovalController::ApprovalController(QObject *parent)
    : QObject(parent)
{
}

void ApprovalController::setGate(ApprovalGate *gate)
{
    if (gate == m_gate)
        return;
    disconnect(m_connection);
    m_gate = gate;
    if (m_gate)
        m_connection = connect(m_gate, &ApprovalGate::pendingChanged, this, &ApprovalController::pendingChanged);
    Q_EMIT gateChanged();
    Q_EMIT pendingChanged();
}

bool ApprovalController::pending() const
{
    return m_gate && m_gate->pending().has_value();
}

QString ApprovalController::what() const
{
    return pending() ? permissionText(*m_gate->pending()) : QString();
}

QVariantList ApprovalController::approvers() const
{
    QVariantList out;
    if (!m_gate)
        return out;
    for (const auto &s : m_gate->approvers())
        out.append(QVariantMap{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}});
    return out;
}

QString ApprovalController::approve(const QString &staffId, const QString &pin, const QString &reason)
{
    if (!m_gate)
        return {};
    if (staffId.isEmpty())
        return tr("Choose who approves");
    const bool wasPending = pending();
    const Result<void> r = m_gate->approve(staffId, pin, reason);
    if (r || r.error().approval)
        return {}; // done, or kept again for a second approval
    if (wasPending && !pending()) {
        // Approved, but the action itself failed (the basket changed meanwhile ...).
        Q_EMIT actionFailed(r.error().message);
        return {};
    }
    return r.error().message; // wrong PIN, not allowed: the dialog stays
}

void ApprovalController::cancel()
{
    if (m_gate)
        m_gate->cancel();
}

} // namespace ok
