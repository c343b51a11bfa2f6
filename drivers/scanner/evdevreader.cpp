// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/evdevreader.h"

#include "drivers/scanner/scanerror.h"

#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcScanner, "omnikiosk.drivers.scanner", QtInfoMsg)

namespace ok::scanner {

namespace {

constexpr qsizetype kRecordSize = qsizetype(sizeof(input_event));
// Read in chunks of whole records; a scan of 100 characters is about 600 records.
constexpr qsizetype kReadChunk = 64 * kRecordSize;

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// A character device that answers EVIOCGVERSION is an evdev device.
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

EvdevReader::EvdevReader(QObject *parent)
    : QObject(parent)
{
}

EvdevReader::~EvdevReader()
{
    close();
}

Result<void> EvdevReader::open(int fd)
{
    close();
    const int flags = fd >= 0 ? ::fcntl(fd, F_GETFL) : -1;
    if (flags < 0)
        return makeScanError(ScanError::ReadFailed, QStringLiteral("scanner: file descriptor %1 is not open").arg(fd));
    if (!(flags & O_NONBLOCK) && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0) {
        const int err = errno;
        ::close(fd);
        return makeScanError(ScanError::ReadFailed,
            QStringLiteral("scanner: cannot make the input non-blocking: %1").arg(errnoText(err)));
    }
    m_fd = fd;
    m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &EvdevReader::readAvailable);
    return {};
}

Result<void> EvdevReader::openPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        return makeScanError(ScanError::ReadFailed,
            tr("cannot open the scanner %1: %2%3")
                .arg(path, errnoText(err),
                    err == EACCES
                        ? tr(" (is the kiosk user in the input group? see the udev rules in packaging/)")
                        : QString()));
    }
    return open(fd);
}

void EvdevReader::close()
{
    ++m_generation;
    m_notifier.reset();
    if (m_fd >= 0) {
        if (m_grabbed)
            ::ioctl(m_fd, EVIOCGRAB, 0);
        ::close(m_fd);
    }
    m_fd = -1;
    m_grabbed = false;
    m_pending.clear();
    m_decoder.reset();
}

Result<bool> EvdevReader::grab()
{
    if (m_fd < 0)
        return makeScanError(ScanError::GrabFailed, QStringLiteral("scanner: grab before open"));
    if (m_grabbed)
        return true;
    if (!isEvdev(m_fd))
        return false;
    if (::ioctl(m_fd, EVIOCGRAB, 1) != 0) {
        const int err = errno;
        qCWarning(lcScanner) << "EVIOCGRAB failed:" << errnoText(err);
        return makeScanError(ScanError::GrabFailed,
            tr("cannot take the scanner exclusively (EVIOCGRAB: %1)%2; scans also reach the "
                           "desktop as typing")
                .arg(errnoText(err), err == EBUSY ? tr(": another program holds it") : QString()));
    }
    m_grabbed = true;
    return true;
}

bool EvdevReader::deliverRecords()
{
    // A slot may close, reopen or delete the reader: stop handing over records if it did.
    const QPointer<EvdevReader> self(this);
    const quint64 generation = m_generation;
    qsizetype used = 0;
    while (m_pending.size() - used >= kRecordSize) {
        input_event ev;
        std::memcpy(&ev, m_pending.constData() + used, sizeof ev);
        used += kRecordSize;
        if (auto r = m_decoder.feed(ev)) {
            // Never log the scan itself: it may be a pickup code.
            if (*r)
                Q_EMIT scanned(r->value());
            else
                Q_EMIT failed(r->error());
            if (!self || m_generation != generation)
                return false;
        }
    }
    m_pending.remove(0, used);
    return true;
}

void EvdevReader::readAvailable()
{
    // Drain the descriptor, then hand over whole records; a partial record stays in m_pending
    // until the rest arrives.
    int err = 0;
    bool ended = false;
    for (;;) {
        char buf[kReadChunk];
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n > 0) {
            m_pending.append(buf, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // End of stream, or an error (ENODEV: the device was unplugged).
        err = n < 0 ? errno : 0;
        ended = true;
        break;
    }
    if (!deliverRecords() || !ended)
        return;

    const QPointer<EvdevReader> self(this);
    const qsizetype stray = m_pending.size();
    const bool partialScan = m_decoder.hasPartialScan();
    close();
    if (err != 0 && err != ENODEV) {
        qCWarning(lcScanner) << "read failed:" << errnoText(err);
        Q_EMIT failed(
            makeScanError(ScanError::ReadFailed, tr("reading the scanner failed: %1").arg(errnoText(err))));
    } else if (stray > 0) {
        Q_EMIT failed(makeScanError(ScanError::StreamTruncated,
            tr("the scanner's event stream ended inside a record (%1 of %2 bytes)")
                .arg(stray)
                .arg(kRecordSize)));
    } else if (partialScan) {
        Q_EMIT failed(makeScanError(ScanError::IncompleteScan,
            tr("the scanner went away in the middle of a scan; the scan was discarded")));
    }
    if (!self)
        return;
    qCInfo(lcScanner) << "scanner input ended" << (err == ENODEV ? "(device unplugged)" : "");
    Q_EMIT disconnected();
}

} // namespace ok::scanner
