// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ui/handles.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace ok {

class ApprovalGate;

/// The inline approval dialog: what waits for an approval, who may give it (their role allows
/// it: the rule is ApprovalGate's, not the screen's), and their PIN. Created in QML with
/// `gate: Terminal.approvals`.
class ApprovalController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::ApprovalGate *gate READ gate WRITE setGate NOTIFY gateChanged)
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)
    /// What needs approving, for people ("Void or reduce a line").
    Q_PROPERTY(QString what READ what NOTIFY pendingChanged)
    /// [{id, name}] of the staff who may approve it.
    Q_PROPERTY(QVariantList approvers READ approvers NOTIFY pendingChanged)
public:
    explicit ApprovalController(QObject *parent = nullptr);

    ApprovalGate *gate() const { return m_gate; }
    void setGate(ApprovalGate *gate);
    bool pending() const;
    QString what() const;
    QVariantList approvers() const;

    /// "" when approved (the action ran), else why not (wrong PIN, not allowed): the dialog
    /// stays. When the approved action itself then fails, actionFailed() says why.
    Q_INVOKABLE QString approve(const QString &staffId, const QString &pin, const QString &reason);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void gateChanged();
    void pendingChanged();
    void actionFailed(const QString &message);

private:
    QPointer<ApprovalGate> m_gate;
    QMetaObject::Connection m_connection;
};

} // namespace ok
