// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-locker-sim: lock boards on a pseudo-terminal, for the demo and the integration tests.
// Prints "PTY /dev/pts/N" as its first line; point the kiosk's locker at that path
// (transport serial). Control commands on stdin, one per line (see LockerSimulator).
#include "drivers/sim/locker/lockersimulator.h"
#include "simio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
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
    const QCommandLineOption noUnlockReply(QStringLiteral("no-unlock-reply"),
        QStringLiteral("fire the lock but never answer the unlock command, as some board firmware does"));
    p.addOptions({ protocol, boards, firstBoard, channels, autoClose, openDelay, replyDelay, invertDoors, invertItems,
        seed, noUnlockReply });
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
    o.unlockReplies = !p.isSet(noUnlockReply);
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

    const ok::sim::Pty pty = ok::sim::openPty();
    if (!pty.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(pty.error));
        return 1;
    }
    const int master = pty.master;

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

    ok::sim::readStdinLines(&app, [&sim](const QString &line) {
        if (line == QLatin1String("quit")) {
            printLine(QStringLiteral("OK quit"));
            QCoreApplication::quit();
            return;
        }
        for (const QString &out : sim.execute(line))
            printLine(out);
    });

    printLine(QStringLiteral("PTY %1").arg(pty.slavePath));
    printLine(QStringLiteral("READY %1 boards %2-%3, %4 channels")
                  .arg(o.protocol)
                  .arg(o.boards.firstBoard)
                  .arg(o.boards.firstBoard + o.boards.boards - 1)
                  .arg(o.boards.channels));
    const int rc = app.exec();
    ::close(pty.slave);
    ::close(master);
    return rc;
}
