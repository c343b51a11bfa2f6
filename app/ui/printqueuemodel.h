// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/handles.h"
#include "core/printjob.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace ok {

/// The print queues of every receipt printer, for the staff device screen: open jobs first
/// (waiting, printing, uncertain), then the last few printed or cancelled ones, per printer.
/// Staff act on a row: cancel (waiting or uncertain), reprint as a copy (printed, cancelled or
/// uncertain), mark printed (uncertain). Set `manager` (Terminal.devices) to read the queues and
/// `tests` (Terminal.deviceTests) to act on them: the actions check who is signed in and are
/// journaled with that person.
class PrintQueueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::DeviceManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    Q_PROPERTY(ok::DeviceTests *tests READ tests WRITE setTests NOTIFY testsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Jobs that wait for a person to decide (uncertain).
    Q_PROPERTY(int uncertainCount READ uncertainCount NOTIFY countChanged)
    /// Printers with a queue: rows name their printer only when there is more than one.
    Q_PROPERTY(int printerCount READ printerCount NOTIFY countChanged)
    /// Finished jobs shown per printer.
    Q_PROPERTY(int finishedShown READ finishedShown WRITE setFinishedShown NOTIFY finishedShownChanged)
    /// What the last staff action did, or why it was refused.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        PrinterRole,
        LabelRole,
        KindRole,
        StateRole,      ///< JobState
        StateTextRole,  ///< translated
        AttemptsRole,
        LastErrorRole,
        CopyRole,
        CreatedRole,    ///< time of day, or date and time when not today
        CanCancelRole,
        CanReprintRole,
        CanMarkPrintedRole,
    };
    Q_ENUM(Role)
    /// A job's state as QML compares it (PrintQueueModel.Uncertain ...), never as a string.
    enum JobState {
        Queued = int(PrintJob::State::Queued),
        Sending = int(PrintJob::State::Sending),
        Printed = int(PrintJob::State::Printed),
        Cancelled = int(PrintJob::State::Cancelled),
        Uncertain = int(PrintJob::State::Uncertain),
    };
    Q_ENUM(JobState)

    explicit PrintQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DeviceManager *manager() const { return m_manager; }
    void setManager(DeviceManager *manager);
    DeviceTests *tests() const { return m_tests; }
    void setTests(DeviceTests *tests);
    int uncertainCount() const;
    int printerCount() const;
    int finishedShown() const { return m_finished; }
    void setFinishedShown(int n);
    QString message() const { return m_message; }

    /// Return an empty string when done, else the reason (also in `message`). The rows are
    /// refreshed from the event loop afterwards, never under the caller's feet.
    Q_INVOKABLE QString cancel(int row);
    Q_INVOKABLE QString reprint(int row);
    Q_INVOKABLE QString markPrinted(int row);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void managerChanged();
    void testsChanged();
    void countChanged();
    void finishedShownChanged();
    void messageChanged();

private:
    struct Row {
        int device = -1;
        PrintJob job;
    };
    /// The row's job, or the reason it cannot be acted on.
    Result<const Row *> actionable(int row) const;
    QString done(const Result<void> &r, const QString &success);

    QPointer<DeviceManager> m_manager;
    QPointer<DeviceTests> m_tests;
    QList<Row> m_rows;
    int m_finished = 5;
    QString m_message;
    QTimer m_refresh;
};

} // namespace ok
