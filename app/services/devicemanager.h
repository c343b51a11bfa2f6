// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/config.h"
#include "services/translations.h"

#include <QObject>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace ok::dev {
class Device;
}
namespace ok::ports {
class CashDrawer;
class LockerController;
class PaymentTerminal;
class ReceiptPrinter;
} // namespace ok::ports
namespace ok::db {
class Database;
}

namespace ok {

class PrintSpooler;

/// The device registry: builds the configured devices ([device.NAME] sections) through the
/// drivers' factory, opens, claims and enables them, keeps a readable health line for each, and
/// hands the use cases each role's port (receipt printer, cash drawer, payment terminal, lockers,
/// scans). A device whose driver is unknown or whose settings are wrong is listed with the reason
/// instead of stopping the terminal: a till without its printer must still be able to say so.
///
/// Every receipt printer gets a PrintSpooler: its queue lives in the ledger given to setLedger()
/// (so it survives a restart). Without a ledger (omnikiosk --devices, tests) the queue lives in a
/// temporary file and is gone when the program ends.
///
/// Opening a drawer or a door is not the registry's business: the use cases that open them
/// (CashDrawerService, DeviceTests, later the pickup) journal who and why, and then use the port.
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
        QString meaning;    ///< ok: what it means
        QString error;      ///< !ok: why it was rejected
    };

    explicit DeviceManager(QObject *parent = nullptr);
    ~DeviceManager() override;

    /// The ledger (ledger.db, not owned; must outlive the registry or its stop()) for the print
    /// queues. Call before start().
    void setLedger(db::Database *ledger);
    /// The store's language, for what the print queues add to receipts (COPY). Before start().
    void setPaperWording(Wording wording) { m_paperWording = std::move(wording); }
    db::Database *ledger() const { return m_ledger; }

    /// Create every device from configuration and start connecting (asynchronous).
    void start(const QList<DeviceConfig> &devices);
    void stop();

    int count() const { return int(m_entries.size()); }
    const Entry &entry(int i) const { return m_entries.at(size_t(i)); }
    /// One line per device: "receipt (printer, escpos, tcp 127.0.0.1:9100): online, 0 jobs ...".
    QString healthLine(int i) const;
    bool isOnline(int i) const;

    // ---- the ports of each role
    /// The receipt printer: the first device of role printer, or null.
    ports::ReceiptPrinter *receiptPrinter() const;
    /// The till's cash drawer: on the receipt printer's drawer port, or null.
    ports::CashDrawer *cashDrawer() const;
    /// The card terminal: the first device of role payment, or null.
    ports::PaymentTerminal *paymentTerminal() const;
    /// Device `i` as a printer / a locker bank, or null.
    ports::ReceiptPrinter *printer(int i) const;
    ports::LockerController *locker(int i) const;

    /// The print queue of printer `i` (null for other devices).
    PrintSpooler *spooler(int i) const;
    /// The queue of the receipt printer: where receipts go.
    PrintSpooler *receiptSpooler() const;
    /// Why receipts do not print right now, for the cashier ("Receipt printer: Paper out. Receipts
    /// wait in the queue."); empty when they print.
    QString receiptPrinterProblem() const;
    /// The compartments of locker bank `i`, as configured ("A01", "A02" ...).
    QStringList compartments(int i) const;

    /// The outcome of the last staff test of device `i`, for the device screen.
    void setLastTest(int i, const QString &text);

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
    db::Database *queueDatabase();
    void watchSpooler(int index);

    std::vector<Entry> m_entries;
    Wording m_paperWording;
    db::Database *m_ledger = nullptr;
    std::unique_ptr<QTemporaryDir> m_queueDir;      ///< without a ledger: a throw-away queue
    std::unique_ptr<db::Database> m_queueDb;
    bool m_scanTest = false;
    ScanTest m_lastScan;
};

} // namespace ok
