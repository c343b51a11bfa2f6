// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/device.h"
#include "drivers/printer/printerprofile.h"
#include "drivers/printer/printerstatus.h"
#include "drivers/printer/statusparser.h"

#include <QTimer>

#include <chrono>
#include <optional>

namespace ok::escpos {

/// An ESC/POS receipt printer as a Device: sends encoded jobs, watches status (Automatic Status
/// Back plus periodic DLE EOT polling, because not every model sends ASB), kicks the cash drawer
/// and watches its sensor.
///
/// A job counts as printed only when the printer said it is still able to print *after* it took
/// the job's bytes (a status round trip after the data: printers answer in order). Writing bytes
/// proves nothing: a printer out of paper silently drops them. Paper running out, the cover
/// opening, the printer going offline or the link dropping while a job is out fail the job with
/// a message the cashier can act on; the spooler decides what happens next.
class EscPosPrinter : public dev::Device
{
    Q_OBJECT
public:
    EscPosPrinter(QString name, std::unique_ptr<dev::Transport> transport, PrinterProfile profile,
                  QObject *parent = nullptr);

    const PrinterProfile &profile() const { return m_profile; }
    const PrinterStatus &printerStatus() const { return m_parser.status(); }
    bool canPrint() const;
    bool hasJob() const { return m_job.has_value(); }

    /// Send one job (already encoded for this printer). Exactly one jobFinished() follows.
    Result<void> print(qint64 jobId, const QByteArray &bytes);
    /// Open the cash drawer (ESC p) on the configured pin.
    Result<void> kickDrawer();

    void setDrawer(DrawerPin pin, int onMs, int offMs, bool openWhenSensorHigh);
    void setDrawerLeftOpenAfter(std::chrono::milliseconds t) { m_drawerLeftOpenAfter = t; }
    void setPollInterval(std::chrono::milliseconds t) { m_poll.setInterval(t); }
    void setJobTimeout(std::chrono::milliseconds t) { m_jobTimeout = t; }
    bool isDrawerOpen() const;

    QString checkHealth() const override;

Q_SIGNALS:
    void jobFinished(qint64 jobId, bool printed, const QString &message);
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
};

} // namespace ok::escpos
