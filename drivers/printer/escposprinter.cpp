// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/escposprinter.h"

#include "drivers/printer/commands.h"
#include "drivers/printer/encoder.h"
#include "drivers/printer/escposcashdrawer.h"

namespace ok::escpos {

using namespace std::chrono_literals;

namespace {
constexpr auto kDefaultPoll = 1000ms;
constexpr quint8 kAsbAll = 0x0F; // drawer, online/offline, error, paper sensor
} // namespace

EscPosPrinter::EscPosPrinter(QString name, std::unique_ptr<dev::Transport> transport, PrinterProfile profile,
                             QObject *parent)
    : ReceiptPrinter(std::move(name), QStringLiteral("printer"), std::move(transport), parent)
    , m_profile(std::move(profile))
    , m_drawer(new EscPosCashDrawer(this))
{
    m_poll.setInterval(kDefaultPoll);
    connect(&m_poll, &QTimer::timeout, this, &EscPosPrinter::pollStatus);
    m_jobTimer.setSingleShot(true);
    connect(&m_jobTimer, &QTimer::timeout, this, [this] {
        finishJob(false, tr("The printer did not confirm the receipt: check it and reprint if needed"));
    });
    m_drawerTimer.setSingleShot(true);
    connect(&m_drawerTimer, &QTimer::timeout, this, [this] {
        if (m_drawerOpen) {
            Q_EMIT drawerLeftOpen();
            Q_EMIT statusMessage(tr("The cash drawer has been left open"));
        }
    });
    connect(&m_parser, &StatusParser::statusChanged, this, &EscPosPrinter::onStatus);
    // Connected or not is half of canPrint() and problem().
    connect(this, &Device::powerChanged, this, &ReceiptPrinter::printerStateChanged);
}

QByteArray EscPosPrinter::encode(const ReceiptDocument &document) const
{
    return Encoder::encode(document, m_profile);
}

QString EscPosPrinter::problem() const
{
    if (power() != Power::Online)
        return tr("The printer is not connected: check its cable and power.");
    const PrinterStatus &status = m_parser.status();
    if (status.known && !status.canPrint())
        return status.message();
    return {};
}

ports::CashDrawer *EscPosPrinter::cashDrawer() const
{
    return m_drawer;
}

void EscPosPrinter::setDrawer(DrawerPin pin, int onMs, int offMs, bool openWhenSensorHigh)
{
    m_drawerPin = pin;
    m_drawerOnMs = onMs;
    m_drawerOffMs = offMs;
    m_openWhenHigh = openWhenSensorHigh;
}

bool EscPosPrinter::canPrint() const
{
    return power() == Power::Online && (!m_parser.status().known || m_parser.status().canPrint());
}

bool EscPosPrinter::isDrawerOpen() const
{
    return m_drawerOpen;
}

void EscPosPrinter::onConnected()
{
    m_parser.reset();
    // Ask for Automatic Status Back and poll as well: clones often ignore GS a.
    transport()->write(command::automaticStatusBack(kAsbAll));
    pollStatus();
    m_poll.start();
}

void EscPosPrinter::onDisconnected()
{
    m_poll.stop();
    m_parser.reset();
    if (m_job)
        finishJob(false, tr("The printer was disconnected while printing: the receipt will be printed again when it is back"));
}

void EscPosPrinter::onReceived(const QByteArray &bytes)
{
    m_parser.feed(bytes); // may fail the job through onStatus()
    if (m_job && m_parser.repliesParsed() >= m_job->confirmedAfterReplies && m_parser.status().canPrint())
        finishJob(true, QString());
}

void EscPosPrinter::pollStatus()
{
    // Replies that never came (a printer busy with a long raster) are given up before asking again.
    while (m_parser.pendingRequests() > 6)
        m_parser.abandonOldestRequest();
    QByteArray ask;
    ask += m_parser.request(StatusRequest::PrinterStatus);
    ask += m_parser.request(StatusRequest::OfflineCause);
    ask += m_parser.request(StatusRequest::PaperSensor);
    transport()->write(ask);
}

void EscPosPrinter::onStatus(const PrinterStatus &status)
{
    Q_EMIT printerStatusChanged(status);
    if (status.known) {
        const bool open = status.drawerSensorHigh == m_openWhenHigh;
        if (open != m_drawerOpen) {
            m_drawerOpen = open;
            Q_EMIT drawerChanged(open);
            if (open)
                m_drawerTimer.start(m_drawerLeftOpenAfter);
            else
                m_drawerTimer.stop();
        }
    }
    if (status.known && !status.canPrint()) {
        const auto code = status.paperOut || status.stoppedByPaperEnd ? dev::DeviceError::Code::NoPaper
                          : status.coverOpen                       ? dev::DeviceError::Code::CoverOpen
                          : status.mechanicalError || status.autocutterError ? dev::DeviceError::Code::Mechanical
                                                                             : dev::DeviceError::Code::Offline;
        reportError({code, status.message()});
        if (m_job)
            finishJob(false, status.message());
    } else if (status.known && status.paperNearEnd) {
        Q_EMIT statusMessage(status.message());
    }
    // Last, so that a job this status failed is already finished when observers look.
    Q_EMIT printerStateChanged();
}

Result<void> EscPosPrinter::print(qint64 jobId, const QByteArray &bytes)
{
    if (m_job)
        return Error{QStringLiteral("printer.busy"), tr("The printer is still printing the previous receipt")};
    if (!canPrint())
        return Error{QStringLiteral("printer.not-ready"),
                     m_parser.status().known ? m_parser.status().message() : tr("The printer is not connected")};
    // Data, then a status request: its reply means the printer has taken the data and still can
    // print (printers answer in order).
    if (!transport()->write(bytes))
        return Error{QStringLiteral("printer.write-failed"), tr("The printer is not connected")};
    transport()->write(m_parser.request(StatusRequest::PaperSensor));
    // Printers answer status requests in order: once every request outstanding now (ours last) has
    // been answered, the printer has taken the data before it.
    m_job = Job{jobId, m_parser.repliesParsed() + m_parser.pendingRequests()};
    setState(State::Busy);
    m_jobTimer.start(m_jobTimeout);
    return {};
}

Result<void> EscPosPrinter::kickDrawer()
{
    if (power() != Power::Online)
        return Error{QStringLiteral("printer.not-ready"), tr("The drawer cannot be opened: the printer it hangs on is not connected")};
    transport()->write(command::drawerKick(m_drawerPin, m_drawerOnMs, m_drawerOffMs));
    countJob(true);
    return {};
}

void EscPosPrinter::finishJob(bool printed, const QString &message)
{
    if (!m_job)
        return;
    const qint64 id = m_job->id;
    m_job.reset();
    m_jobTimer.stop();
    countJob(printed);
    setState(State::Idle);
    Q_EMIT jobFinished(id, printed, message);
}

QString EscPosPrinter::checkHealth() const
{
    QString base = Device::checkHealth();
    if (power() == Power::Online && m_parser.status().known && !m_parser.status().canPrint())
        base += QStringLiteral(" — ") + m_parser.status().message();
    else if (power() == Power::Online && m_parser.status().paperNearEnd)
        base += QStringLiteral(" — ") + m_parser.status().message();
    return base;
}

} // namespace ok::escpos
