// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/ports/receiptprinter.h"
#include "drivers/printer/printerprofile.h"
#include "drivers/printer/printerstatus.h"
#include "drivers/printer/statusparser.h"

#include <QTimer>

#include <chrono>
#include <optional>

namespace ok::escpos {

class EscPosCashDrawer;

/// An ESC/POS receipt printer: the ports::ReceiptPrinter role for one printer profile. Encodes
/// receipts (Encoder), sends encoded jobs, watches status (Automatic Status Back plus periodic
/// DLE EOT polling, because not every model sends ASB), kicks the cash drawer on its drawer port
/// and watches its sensor (cashDrawer(), an EscPosCashDrawer owned by the printer).
///
/// A job counts as printed only when the printer said it is still able to print *after* it took
/// the job's bytes (a status round trip after the data: printers answer in order). Writing bytes
/// proves nothing: a printer out of paper silently drops them. Paper running out, the cover
/// opening, the printer going offline or the link dropping while a job is out fail the job with
/// a message the cashier can act on; the spooler decides what happens next.
class EscPosPrinter : public ports::ReceiptPrinter
{
    Q_OBJECT
public:
    EscPosPrinter(QString name, std::unique_ptr<dev::Transport> transport, PrinterProfile profile,
                  QObject *parent = nullptr);

    const PrinterProfile &profile() const { return m_profile; }
    const PrinterStatus &printerStatus() const { return m_parser.status(); }

    // ports::ReceiptPrinter
    /// Encoder::encode(document, profile()).
    QByteArray encode(const ReceiptDocument &document) const override;
    /// Send one job (already encoded for this printer). Exactly one jobFinished() follows an ok.
    Result<void> print(qint64 jobId, const QByteArray &bytes) override;
    bool canPrint() const override;
    bool hasJob() const override { return m_job.has_value(); }
    /// Not connected: says so. Connected: the printer's own status message when it reports a
    /// condition that stops printing (paper, cover, error, offline); empty otherwise, also while
    /// no status has arrived yet (canPrint() is true then: the job's status round trip decides).
    QString problem() const override;
    QString profileId() const override { return m_profile.id(); }
    /// Never null: every ESC/POS printer has a drawer port
    /// (docs/devices.md#d7-the-drawer-hangs-on-the-printer).
    ports::CashDrawer *cashDrawer() const override;

    /// Open the cash drawer (ESC p) on the configured pin. Refused (nothing sent) when the printer
    /// is not connected.
    Result<void> kickDrawer();

    void setDrawer(DrawerPin pin, int onMs, int offMs, bool openWhenSensorHigh);
    void setDrawerLeftOpenAfter(std::chrono::milliseconds t) { m_drawerLeftOpenAfter = t; }
    void setPollInterval(std::chrono::milliseconds t) { m_poll.setInterval(t); }
    void setJobTimeout(std::chrono::milliseconds t) { m_jobTimeout = t; }
    bool isDrawerOpen() const;

    QString checkHealth() const override;

Q_SIGNALS:
    /// The printer's merged status changed (printerStateChanged() follows).
    void printerStatusChanged(const ok::escpos::PrinterStatus &status);
    void drawerChanged(bool open);
    /// The drawer stayed open longer than the configured time.
    void drawerLeftOpen();

protected:
    void onConnected() override;
    void onDisconnected() override;
    void onReceived(const QByteArray &bytes) override;

private:
    void pollStatus();
    void onStatus(const PrinterStatus &status);
    void finishJob(bool printed, const QString &message);

    PrinterProfile m_profile;
    StatusParser m_parser;
    QTimer m_poll;
    QTimer m_jobTimer;
    QTimer m_drawerTimer;
    struct Job {
        qint64 id;
        qint64 confirmedAfterReplies; ///< the job is confirmed once this many replies were parsed
    };
    std::optional<Job> m_job;
    std::chrono::milliseconds m_jobTimeout{15000};
    std::chrono::milliseconds m_drawerLeftOpenAfter{60000};
    DrawerPin m_drawerPin = DrawerPin::Pin2;
    int m_drawerOnMs = 100;
    int m_drawerOffMs = 100;
    bool m_openWhenHigh = true;
    bool m_drawerOpen = false;
    EscPosCashDrawer *m_drawer = nullptr; ///< child of this printer
};

} // namespace ok::escpos
