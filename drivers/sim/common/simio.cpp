// SPDX-License-Identifier: GPL-3.0-or-later
#include "simio.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <termios.h>
#include <unistd.h>

namespace ok::sim {

Pty openPty()
{
    Pty p;
    p.master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (p.master < 0 || ::grantpt(p.master) != 0 || ::unlockpt(p.master) != 0) {
        p.error = QStringLiteral("cannot create a pseudo-terminal: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return p;
    }
    p.slavePath = QString::fromLocal8Bit(::ptsname(p.master));
    p.slave = ::open(::ptsname(p.master), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (p.slave < 0) {
        p.error = QStringLiteral("cannot open %1: %2").arg(p.slavePath, QString::fromLocal8Bit(std::strerror(errno)));
        return p;
    }
    termios tio {};
    ::tcgetattr(p.slave, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(p.slave, TCSANOW, &tio);
    ::fcntl(p.master, F_SETFL, ::fcntl(p.master, F_GETFL) | O_NONBLOCK);
    ::fcntl(p.master, F_SETFD, FD_CLOEXEC);
    return p;
}

void readStdinLines(QObject *context, std::function<void(const QString &)> onLine)
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, context);
    auto pending = std::make_shared<QByteArray>();
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, pending, onLine = std::move(onLine)] {
        char buf[1024];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            notifier->setEnabled(false);
            return;
        }
        pending->append(buf, int(n));
        qsizetype nl;
        while ((nl = pending->indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending->left(nl)).trimmed();
            pending->remove(0, nl + 1);
            onLine(line);
        }
    });
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace ok::sim
