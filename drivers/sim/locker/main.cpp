// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-locker-sim: lock boards on a pseudo-terminal, for the demo and the integration tests.
// Prints "PTY /dev/pts/N" as its first line; point the kiosk's locker at that path
// (transport serial). Control commands on stdin, one per line (see LockerSimulator).
#include "drivers/sim/locker/lockersimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace ok::sim;

namespace {

void printLine(const QString &line)
{
    const QByteArray b = line.toUtf8() + '\n';
    qsizetype done = 0;
    while (done < b.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, b.constData() + done, size_t(b.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

QSet<int> intSet(const QString &text)
{
    QSet<int> out;
    for (const QString &p : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.insert(p.trimmed().toInt());
    return out;
}

/// Write all of `bytes` to the pty master (small frames; a full buffer means nobody reads the
/// slave, and then dropping the rest is what a real line would do).
void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    int spins = 0;
    while (done < bytes.size() && spins < 100) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return;
        ++spins;
        ::usleep(1000);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnikiosk-locker-sim"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Simulated RS-485 pickup-locker boards on a pseudo-terminal."));
    p.addHelpOption();
    const QCommandLineOption protocol(
        QStringLiteral("protocol"), QStringLiteral("kerong or xor"), QStringLiteral("name"), QStringLiteral("kerong"));
    const QCommandLineOption boards(
        QStringLiteral("boards"), QStringLiteral("number of boards"), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption firstBoard(QStringLiteral("first-board"),
        QStringLiteral("address of the first board (default kerong 0, xor 1)"), QStringLiteral("address"));
    const QCommandLineOption channels(
        QStringLiteral("channels"), QStringLiteral("locks per board (default kerong 16, xor 24)"), QStringLiteral("n"));
    const QCommandLineOption autoClose(QStringLiteral("auto-close"),
        QStringLiteral("close open doors after this many seconds (0 = never)"), QStringLiteral("s"),
        QStringLiteral("0"));
    const QCommandLineOption openDelay(QStringLiteral("open-delay"),
        QStringLiteral("ms between unlock and door switch"), QStringLiteral("ms"), QStringLiteral("120"));
    const QCommandLineOption replyDelay(QStringLiteral("reply-delay"), QStringLiteral("ms before a board answers"),
        QStringLiteral("ms"), QStringLiteral("5"));
    const QCommandLineOption invertDoors(QStringLiteral("invert-doors"),
        QStringLiteral("boards whose door switches read 1 = closed"), QStringLiteral("list"));
    const QCommandLineOption invertItems(QStringLiteral("invert-items"),
        QStringLiteral("boards whose item sensors read 1 = empty"), QStringLiteral("list"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("random seed for garbage and noise"),
        QStringLiteral("n"), QStringLiteral("1"));
    p.addOptions(
        { protocol, boards, firstBoard, channels, autoClose, openDelay, replyDelay, invertDoors, invertItems, seed });
    p.process(app);

    LockerSimulator::Options o;
    o.protocol = p.value(protocol).toLower();
    const bool kerong = o.protocol == QLatin1String("kerong");
    o.boards.boards = p.value(boards).toInt();
    o.boards.firstBoard = p.isSet(firstBoard) ? p.value(firstBoard).toInt() : (kerong ? 0 : 1);
    o.boards.channels = p.isSet(channels) ? p.value(channels).toInt() : (kerong ? 16 : 24);
    o.boards.autoCloseMs = int(p.value(autoClose).toDouble() * 1000);
    o.boards.openDelayMs = p.value(openDelay).toInt();
    o.boards.invertDoors = intSet(p.value(invertDoors));
    o.boards.invertItems = intSet(p.value(invertItems));
    o.replyDelayMs = p.value(replyDelay).toInt();
    o.seed = p.value(seed).toUInt();
    const int maxChannels = kerong ? 16 : 32;
    const int maxBoard = kerong ? 14 : 255;
    if (o.boards.boards < 1 || o.boards.channels < 1 || o.boards.channels > maxChannels || o.boards.firstBoard < 0
        || o.boards.firstBoard + o.boards.boards - 1 > maxBoard) {
        std::fprintf(stderr, "boards, first-board or channels out of range for %s\n", qPrintable(o.protocol));
        return 2;
    }

    LockerSimulator sim(o);
    if (!sim.isValid()) {
        std::fprintf(stderr, "unknown protocol \"%s\": use kerong or xor\n", qPrintable(o.protocol));
        return 2;
    }

    // The pseudo-terminal. We keep a slave descriptor open ourselves, in raw mode: the line
    // discipline then passes binary frames untouched before the driver opens the port, and the
    // master does not hang up while the driver closes and reopens it (a reconnect).
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
        std::fprintf(stderr, "cannot create a pseudo-terminal: %s\n", std::strerror(errno));
        return 1;
    }
    const QByteArray slavePath = ::ptsname(master);
    const int slave = ::open(slavePath.constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave < 0) {
        std::fprintf(stderr, "cannot open %s: %s\n", slavePath.constData(), std::strerror(errno));
        return 1;
    }
    termios tio {};
    ::tcgetattr(slave, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(slave, TCSANOW, &tio);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    ::fcntl(master, F_SETFD, FD_CLOEXEC);

    QObject::connect(
        &sim, &LockerSimulator::transmit, &app, [master](const QByteArray &bytes) { writeAll(master, bytes); });
    QObject::connect(&sim, &LockerSimulator::output, &app, &printLine);

    QSocketNotifier lineIn(master, QSocketNotifier::Read);
    QObject::connect(&lineIn, &QSocketNotifier::activated, &app, [&sim, master] {
        char buf[512];
        const ssize_t n = ::read(master, buf, sizeof buf);
        if (n > 0)
            sim.receive(QByteArrayView(buf, n));
    });

    QByteArray pending;
    QSocketNotifier control(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&control, &QSocketNotifier::activated, &app, [&] {
        char buf[1024];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            control.setEnabled(false); // stdin closed: keep simulating (the demo runs us detached)
            return;
        }
        pending.append(buf, int(n));
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl)).trimmed();
            pending.remove(0, nl + 1);
            if (line == QLatin1String("quit")) {
                printLine(QStringLiteral("OK quit"));
                QCoreApplication::quit();
                return;
            }
            for (const QString &out : sim.execute(line))
                printLine(out);
        }
    });

    printLine(QStringLiteral("PTY %1").arg(QString::fromLocal8Bit(slavePath)));
    printLine(QStringLiteral("READY %1 boards %2-%3, %4 channels")
                  .arg(o.protocol)
                  .arg(o.boards.firstBoard)
                  .arg(o.boards.firstBoard + o.boards.boards - 1)
                  .arg(o.boards.channels));
    const int rc = app.exec();
    ::close(slave);
    ::close(master);
    return rc;
}
