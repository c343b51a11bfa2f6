// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/deadletters.h"

#include "services/approvalgate.h"
#include "services/staffsession.h"
#include "storage/outbox.h"

#include <QDateTime>

namespace ok {

DeadLetters::DeadLetters(db::Database &ledger, ApprovalGate &gate, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_outbox(std::make_unique<db::Outbox>(ledger))
{
}

DeadLetters::~DeadLetters() = default;

Result<QList<DeadLetter>> DeadLetters::list(int limit)
{
    return m_outbox->deadLetters(limit);
}

qint64 DeadLetters::count()
{
    return m_outbox->deadLetterCount();
}

Result<void> DeadLetters::retry(const QString &eventId)
{
    if (auto r = m_gate.check(Permission::RetrySync); !r)
        return r;
    const QString actor = m_gate.session().member()->id; // check() passed: someone is signed in
    if (auto r = m_outbox->retry(eventId, actor, QDateTime::currentMSecsSinceEpoch()); !r)
        return r;
    Q_EMIT retried(eventId);
    return {};
}

} // namespace ok
