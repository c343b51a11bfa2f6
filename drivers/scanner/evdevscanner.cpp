// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/evdevscanner.h"

#include "drivers/scanner/scanerror.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcEvdevScanner, "omnikiosk.drivers.scanner.evdev", QtInfoMsg)

namespace ok::scanner {

using namespace std::chrono_literals;

namespace {

constexpr qsizetype kRecordSize = qsizetype(sizeof(input_event));
constexpr qsizetype kReadChunk = 64 * kRecordSize;
constexpr auto kMinKeyGap = 50ms;
constexpr auto kMaxKeyGap = 10000ms;

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

bool isEvdev(int fd)
{
    struct stat st {
    };
    if (::fstat(fd, &st) != 0 || !S_ISCHR(st.st_mode))
        return false;
    int version = 0;
    return ::ioctl(fd, EVIOCGVERSION, &version) == 0;
}

} // namespace

// ------------------------------------------------------------------ transport

EvdevTransport::EvdevTransport(QString path, bool grab, QObject *parent)
    : Transport(parent)
    , m_path(std::move(path))
    , m_wantGrab(grab)
{
}

EvdevTransport::~EvdevTransport()
{
    EvdevTransport::close(); // releases the grab; nothing is emitted
}

void EvdevTransport::open()
{
    close();
    setState(State::Connecting);
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (m_fd < 0) {
        const int err = errno;
        const QString reason = QStringLiteral("%1: %2%3")
                                   .arg(describe(), errnoText(err),
                                        err == EACCES ? QStringLiteral(" (is the kiosk user in the input group? see docs/devices.md)")
                                                      : QString());
        setState(State::Closed);
        QTimer::singleShot(0, this, [this, reason] { Q_EMIT failed(reason); });
        return;
    }
    if (::isatty(m_fd)) {
        // A pseudo-terminal (the scanner simulator): raw, so records pass untouched.
        termios tio {};
        if (::tcgetattr(m_fd, &tio) == 0) {
            ::cfmakeraw(&tio);
            ::tcsetattr(m_fd, TCSANOW, &tio);
        }
    }
    QString grabProblem;
    if (m_wantGrab && isEvdev(m_fd)) {
        if (::ioctl(m_fd, EVIOCGRAB, 1) == 0) {
            m_grabbed = true;
        } else {
            const int err = errno;
            grabProblem = QStringLiteral("%1: EVIOCGRAB: %2%3")
                              .arg(describe(), errnoText(err),
                                   err == EBUSY ? QStringLiteral(" (another program holds the device)") : QString());
            qCWarning(lcEvdevScanner).noquote() << grabProblem;
        }
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EvdevTransport::onReadable);
    setState(State::Connected);
    QTimer::singleShot(0, this, [this, grabProblem] {
        if (state() != State::Connected)
            return;
        Q_EMIT connected();
        if (!grabProblem.isEmpty() && state() == State::Connected)
            Q_EMIT grabFailed(grabProblem);
    });
}

void EvdevTransport::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0) {
        if (m_grabbed)
            ::ioctl(m_fd, EVIOCGRAB, 0);
        ::close(m_fd);
    }
    m_fd = -1;
    m_grabbed = false;
    setState(State::Closed);
}

bool EvdevTransport::write(const QByteArray &bytes)
{
    Q_UNUSED(bytes);
    return false; // an input device takes no output (LEDs are not ours to set)
}

QString EvdevTransport::describe() const
{
    return QStringLiteral("evdev %1").arg(m_path);
}

void EvdevTransport::drop(const QString &reason)
{
    close();
    Q_EMIT disconnected(QStringLiteral("%1: %2").arg(describe(), reason));
}

void EvdevTransport::onReadable()
{
    QByteArray got;
    for (;;) {
        char buf[kReadChunk];
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n > 0) {
            got.append(buf, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // End of stream (FIFO writer gone, pty closed) or ENODEV (unplugged): hand over what
        // arrived, then the disconnect.
        const QString reason = n == 0 ? QStringLiteral("end of stream") : errnoText(errno);
        if (!got.isEmpty())
            Q_EMIT received(got);
        if (m_fd >= 0)
            drop(reason);
        return;
    }
    if (!got.isEmpty())
        Q_EMIT received(got);
}

// ------------------------------------------------------------------ options

Result<EvdevScannerOptions> EvdevScannerOptions::fromOptions(const QMap<QString, QString> &options, const QString &section)
{
    EvdevScannerOptions o;
    const auto bad = [&section](const QString &what) {
        return makeScanError(ScanError::InvalidConfig, QStringLiteral("%1 %2").arg(section, what));
    };
    const QString grab = options.value(QStringLiteral("grab"), QStringLiteral("yes")).trimmed().toLower();
    if (grab == QLatin1String("yes") || grab == QLatin1String("true") || grab == QLatin1String("on"))
        o.grab = true;
    else if (grab == QLatin1String("no") || grab == QLatin1String("false") || grab == QLatin1String("off"))
        o.grab = false;
    else
        return bad(QStringLiteral("grab: \"%1\" must be yes or no").arg(grab));
    if (options.contains(QStringLiteral("max_key_gap_ms"))) {
        bool ok = false;
        const int ms = options.value(QStringLiteral("max_key_gap_ms")).trimmed().toInt(&ok);
        if (!ok || ms < kMinKeyGap.count() || ms > kMaxKeyGap.count())
            return bad(QStringLiteral("max_key_gap_ms: \"%1\" must be a whole number from %2 to %3")
                           .arg(options.value(QStringLiteral("max_key_gap_ms")))
                           .arg(kMinKeyGap.count())
                           .arg(kMaxKeyGap.count()));
        o.maxKeyGap = std::chrono::milliseconds(ms);
    }
    return o;
}

// ------------------------------------------------------------------ device

EvdevScanner::EvdevScanner(QString name, std::unique_ptr<dev::Transport> transport, ScannerConfig config,
                           std::chrono::milliseconds maxKeyGap, QObject *parent)
    : ScannerDevice(std::move(name), std::move(transport), std::move(config), parent)
    , m_decoder(maxKeyGap)
{
    if (auto *evdev = qobject_cast<EvdevTransport *>(this->transport())) {
        connect(evdev, &EvdevTransport::grabFailed, this, [this](const QString &reason) {
            m_grabProblem = reason;
            reportError({dev::DeviceError::Code::Busy,
                         tr("%1 cannot be taken exclusively: its scans also arrive as typing. Close the program that "
                            "holds it (%2)")
                             .arg(this->name(), reason)});
        });
    }
}

void EvdevScanner::onConnected()
{
    m_decoder.reset();
    m_pending.clear();
    m_grabProblem.clear();
}

void EvdevScanner::onDisconnected()
{
    const bool partialScan = m_decoder.hasPartialScan();
    const qsizetype stray = m_pending.size();
    m_decoder.reset();
    m_pending.clear();
    if (partialScan || stray > 0)
        deliverFailure(makeScanError(stray > 0 ? ScanError::StreamTruncated : ScanError::IncompleteScan,
                                     tr("The scanner went away in the middle of a scan; the scan was discarded: scan again")));
}

void EvdevScanner::onReceived(const QByteArray &bytes)
{
    if (!isEnabled())
        return; // claimed but disabled: input is discarded (UnifiedPOS)
    m_pending.append(bytes);
    qsizetype used = 0;
    while (m_pending.size() - used >= kRecordSize) {
        input_event ev;
        std::memcpy(&ev, m_pending.constData() + used, sizeof ev);
        used += kRecordSize;
        auto r = m_decoder.feed(ev);
        if (!r)
            continue;
        if (*r)
            deliverScan(r->value());
        else
            deliverFailure(r->error());
    }
    m_pending.remove(0, used);
}

QString EvdevScanner::checkHealth() const
{
    QString health = ScannerDevice::checkHealth();
    if (power() == Power::Online && !m_grabProblem.isEmpty())
        health += QStringLiteral(" — ") + tr("not exclusive: scans also arrive as typing");
    return health;
}

} // namespace ok::scanner
