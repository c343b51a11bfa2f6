// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/printqueuemodel.h"
#include "ui/followlanguage.h"

#include "services/printspooler.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace ok {

using State = PrintJob::State;

PrintQueueModel::PrintQueueModel(QObject *parent)
    : QAbstractListModel(parent)
{
    followLanguage(this);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &PrintQueueModel::refresh);
}

int PrintQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PrintQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PrintJob &j = m_rows.at(index.row()).job;
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return j.label.isEmpty() ? j.kind : j.label;
    case JobIdRole: return int(j.id); // QML numbers: ids stay far below 2^31
    case PrinterRole: return j.printer;
    case KindRole: return j.kind;
    case StateRole: return int(j.state); // JobState
    case StateTextRole: return PrintSpooler::stateText(j.state);
    case AttemptsRole: return j.attempts;
    case LastErrorRole: return j.lastError;
    case CopyRole: return j.copy;
    case CreatedRole: {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(j.createdAtMs);
        return at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                                 : QLocale().toString(at, QLocale::ShortFormat);
    }
    case CanCancelRole: return j.state == State::Queued || j.state == State::Uncertain;
    case CanReprintRole: return j.state == State::Printed || j.state == State::Cancelled || j.state == State::Uncertain;
    case CanMarkPrintedRole: return j.state == State::Uncertain;
    default: return {};
    }
}

QHash<int, QByteArray> PrintQueueModel::roleNames() const
{
    return {{JobIdRole, "jobId"},       {PrinterRole, "printer"},     {LabelRole, "label"},
            {KindRole, "kind"},         {StateRole, "jobState"},         {StateTextRole, "stateText"},
            {AttemptsRole, "attempts"}, {LastErrorRole, "lastError"}, {CopyRole, "copy"},
            {CreatedRole, "created"},   {CanCancelRole, "canCancel"}, {CanReprintRole, "canReprint"},
            {CanMarkPrintedRole, "canMarkPrinted"}};
}

void PrintQueueModel::setManager(DeviceManager *manager)
{
    if (manager == m_manager)
        return;
    if (m_manager)
        m_manager->disconnect(this);
    m_manager = manager;
    if (m_manager)
        connect(m_manager, &DeviceManager::printQueueChanged, &m_refresh, qOverload<>(&QTimer::start));
    refresh();
    Q_EMIT managerChanged();
}

void PrintQueueModel::setFinishedShown(int n)
{
    if (n == m_finished || n < 0)
        return;
    m_finished = n;
    refresh();
    Q_EMIT finishedShownChanged();
}

void PrintQueueModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; m_manager && i < m_manager->count(); ++i)
        if (PrintSpooler *s = m_manager->spooler(i))
            for (const PrintJob &j : s->jobs(m_finished))
                m_rows.append({i, j});
    endResetModel();
    Q_EMIT countChanged();
}

int PrintQueueModel::uncertainCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.job.state == State::Uncertain; }));
}

int PrintQueueModel::printerCount() const
{
    int n = 0;
    for (int i = 0; m_manager && i < m_manager->count(); ++i)
        n += m_manager->spooler(i) ? 1 : 0;
    return n;
}

Result<const PrintQueueModel::Row *> PrintQueueModel::actionable(int row) const
{
    if (!m_tests)
        return Error{QStringLiteral("printjob.no-service"), tr("Print jobs cannot be changed from here")};
    if (row < 0 || row >= m_rows.size())
        return Error{QStringLiteral("printjob.not-found"), tr("No such print job")};
    return &m_rows.at(row);
}

QString PrintQueueModel::done(const Result<void> &r, const QString &success)
{
    m_message = r ? success : r.error().message;
    Q_EMIT messageChanged();
    return r ? QString() : r.error().message;
}

void PrintQueueModel::setTests(DeviceTests *tests)
{
    if (tests == m_tests)
        return;
    m_tests = tests;
    Q_EMIT testsChanged();
}

QString PrintQueueModel::cancel(int row)
{
    auto r = actionable(row);
    if (!r)
        return done(r.error(), QString());
    const PrintJob &j = r.value()->job;
    auto cancelled = m_tests->cancelJob(r.value()->device, j.id);
    m_refresh.start();
    return done(cancelled, tr("%1 (job %2) cancelled").arg(j.label).arg(j.id));
}

QString PrintQueueModel::reprint(int row)
{
    auto r = actionable(row);
    if (!r)
        return done(r.error(), QString());
    const PrintJob &j = r.value()->job;
    auto copy = m_tests->reprintJob(r.value()->device, j.id);
    m_refresh.start();
    return done(copy ? Result<void>() : Result<void>(copy.error()),
                copy ? tr("%1 (job %2) queued again as copy (job %3)").arg(j.label).arg(j.id).arg(copy.value()) : QString());
}

QString PrintQueueModel::markPrinted(int row)
{
    auto r = actionable(row);
    if (!r)
        return done(r.error(), QString());
    const PrintJob &j = r.value()->job;
    auto marked = m_tests->markJobPrinted(r.value()->device, j.id);
    m_refresh.start();
    return done(marked, tr("%1 (job %2) marked printed").arg(j.label).arg(j.id));
}

} // namespace ok
