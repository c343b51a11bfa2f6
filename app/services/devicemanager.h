// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/config.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace ok::dev {
class Device;
}
namespace ok::ports {
class PaymentTerminal;
}
namespace ok::db {
class Database;
}

namespace ok {

class PrintSpooler;

/// Builds the configured devices ([device.NAME] sections), opens, claims and enables them, and
/// keeps a readable health line for each. A device whose driver is unknown or whose settings are
/// wrong is listed with the reason instead of stopping the terminal: a till without its printer
/// must still be able to say so.
///
/// Every receipt printer gets a PrintSpooler: its queue lives in the ledger given to setLedger()
/// (so it survives a restart). Without a ledger (omnikiosk --devices, tests) the queue lives in a
/// temporary file and is gone when the program ends.
///
/// The staff device tests (test print, drawer, scanner, door) live here too. A drawer or door
/// opened by a test is journaled in the ledger with who and why (RELIABILITY.md rules 6 and 8);
/// without a ledger the door test is refused.
class DeviceManager : public QObject
{
    Q_OBJECT
public:
    struct Entry {
        DeviceConfig config;
        std::unique_ptr<dev::Device> device;   ///< null when it could not be built
        std::unique_ptr<PrintSpooler> spooler; ///< printers only; destroyed before the device
        QString problem;                       ///< why it could not be built
        QString lastTest;                      ///< outcome of the last staff test, for the screen
    };

    /// The last scan any scanner device delivered while the scanner test was active.
    struct ScanTest {
        QString device;
        qint64 atMs = 0;    ///< 0 = nothing scanned yet
        bool ok = false;
        QString data;       ///< the bytes as received, escaped and shortened
        QString meaning;    ///< ok: what it means (scanner::describeScan)
        QString error;      ///< !ok: why it was rejected
    };

    explicit DeviceManager(QObject *parent = nullptr);
    ~DeviceManager() override;

    /// The ledger (ledger.db, not owned; must outlive the manager or its stop()) for the print
    /// queues and the journal. Call before start().
    void setLedger(db::Database *ledger);
    db::Database *ledger() const { return m_ledger; }

    /// Create every device from configuration and start connecting (asynchronous).
    void start(const QList<DeviceConfig> &devices);
    void stop();

    int count() const { return int(m_entries.size()); }
    const Entry &entry(int i) const { return m_entries.at(size_t(i)); }
    /// The first device of a role, or null.
    dev::Device *byRole(const QString &role) const;
    /// The card terminal (the first device of role payment), or null.
    ports::PaymentTerminal *paymentTerminal() const;
    /// One line per device: "receipt (printer, escpos, tcp 127.0.0.1:9100): online, 0 jobs ...".
    QString healthLine(int i) const;
    bool isOnline(int i) const;

    /// The print queue of printer `i` (null for other devices).
    PrintSpooler *spooler(int i) const;
    /// The queue of the first printer: where receipts go.
    PrintSpooler *receiptSpooler() const;

    /// Staff device tests. Results also land in entry(i).lastTest (changed(i) is emitted).
    /// A test print goes through the printer's queue like a receipt; returns the job id.
    Result<qint64> testPrint(int i);
    /// A drawer test by `actor` (a staff id), journaled.
    Result<void> openDrawer(int i, const QString &actor);
    /// Open the till's cash drawer (on the first receipt printer), journaled with who and why:
    /// after a committed cash sale (ref = the sale id), a no-sale opening, a cash movement.
    Result<void> openCashDrawer(const QString &actor, const QString &reason, const QString &ref);
    bool isCashDrawerOpen() const;
    /// Why receipts do not print right now, for the cashier ("Receipt printer: Paper out. Receipts
    /// wait in the queue."); empty when they print.
    QString receiptPrinterProblem() const;
    /// The compartments of a locker bus, as configured ("A01", "A02" ...).
    QStringList compartments(int i) const;
    /// Open one compartment of locker bus `i` for `actor` (a staff id), journaled before and
    /// after (reason "door test"). The outcome arrives later in entry(i).lastTest.
    Result<quint64> testDoor(int i, const QString &compartment, const QString &actor);

    /// While active, every scan of a scanner device is kept for the staff screen (lastScan()).
    /// Off by default: a scan may be a customer's pickup code.
    void setScanTestActive(bool on);
    bool isScanTestActive() const { return m_scanTest; }
    const ScanTest &lastScan() const { return m_lastScan; }

    /// Drivers this build knows, by role.
    static QStringList knownDrivers(const QString &role);

Q_SIGNALS:
    /// Any device's state, power, health or test result changed (index into the list).
    void changed(int index);
    /// A message for the status line: "Printer is out of paper".
    void message(const QString &text);
    /// A scanner device read a valid code (what a lookup uses), or a scan failed validation.
    void scanned(const QString &code);
    void scanFailed(const QString &message);
    /// The print queue of printer `index` changed.
    void printQueueChanged(int index);
    void lastScanChanged();

private:
    void setLastTest(int i, const QString &text);
    Result<void> journal(const QString &kind, const QString &ref, const QString &payload, const QString &actor);
    Result<void> kickDrawer(int i, const QString &actor, const QString &reason, const QString &ref);
    db::Database *queueDatabase();

    std::vector<Entry> m_entries;
    db::Database *m_ledger = nullptr;
    std::unique_ptr<QTemporaryDir> m_queueDir;      ///< without a ledger: a throw-away queue
    std::unique_ptr<db::Database> m_queueDb;
    struct DoorTest {
        int device = -1;
        QString actor;
    };
    QHash<quint64, DoorTest> m_doorTests;           ///< unlock request id -> the test
    bool m_scanTest = false;
    ScanTest m_lastScan;
};

} // namespace ok
