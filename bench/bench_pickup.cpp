// SPDX-License-Identifier: GPL-3.0-or-later
// bench_pickup: from the customer's last keystroke (or the QR scan) to the unlock frame on the
// wire, through the product's pickup path (PickupDesk: throttle check, locator lookup in
// cache.db, the PBKDF2 verifier or the Ed25519 token, the journal commit of the unlock intent in
// ledger.db with synchronous=FULL, the locker driver's queue) to the RS-485 line of the locker
// simulator.
//
// The kiosk's locker bus talks to a pseudo-terminal this program owns; a relay thread forwards
// the bytes to and from omnikiosk-locker-sim and timestamps the moment the unlock frame has
// left the kiosk. Baselines in the same run: the verifier alone, the journal commit alone, and
// the frame's time on a 19,200-baud line (the physical limit).
//
//   bench_pickup [--orders 300] [--dir DIR]
#include "core/pickup.h"
#include "drivers/locker/framecodec.h"
#include "services/devicemanager.h"
#include "services/lockerdoors.h"
#include "services/pickupdesk.h"
#include "storage/ledger.h"
#include "storage/pickups.h"
#include "storage/stores.h"
#include "storage/sqlite.h"

#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <poll.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace ok;
using namespace ok::bench;
using BenchClock = ok::bench::Clock;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_pickup: %s\n", qPrintable(what));
    std::exit(1);
}

/// Forwards bytes between the kiosk's pty and the simulator's, noting when each unlock frame
/// has completely left the kiosk.
class Relay
{
public:
    Relay(int kioskMaster, int simFd, QList<QByteArray> unlockFrames)
        : m_kiosk(kioskMaster), m_sim(simFd), m_frames(std::move(unlockFrames)), m_thread([this] { run(); })
    {
    }
    ~Relay()
    {
        m_stop = true;
        m_thread.join();
    }
    /// The time the unlock frame of `channel` (1-based) last left the kiosk; nullopt if not yet.
    std::optional<BenchClock::time_point> take(int channel)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_seen.find(channel);
        if (it == m_seen.end())
            return std::nullopt;
        const auto t = it->second;
        m_seen.erase(it);
        return t;
    }

private:
    void run()
    {
        QByteArray wire;
        char buf[512];
        while (!m_stop) {
            pollfd fds[2] = {{m_kiosk, POLLIN, 0}, {m_sim, POLLIN, 0}};
            if (::poll(fds, 2, 20) <= 0)
                continue;
            if (fds[0].revents & POLLIN) {
                const ssize_t n = ::read(m_kiosk, buf, sizeof buf);
                const auto now = BenchClock::now();
                if (n > 0) {
                    wire.append(buf, n);
                    for (int ch = 1; ch <= m_frames.size(); ++ch) {
                        const qsizetype at = wire.indexOf(m_frames.at(ch - 1));
                        if (at >= 0) {
                            std::lock_guard lock(m_mutex);
                            m_seen[ch] = now;
                            wire.remove(0, at + m_frames.at(ch - 1).size());
                        }
                    }
                    if (wire.size() > 4096)
                        wire = wire.right(64);
                    (void)!::write(m_sim, buf, size_t(n));
                }
            }
            if (fds[1].revents & POLLIN) {
                const ssize_t n = ::read(m_sim, buf, sizeof buf);
                if (n > 0)
                    (void)!::write(m_kiosk, buf, size_t(n));
            }
        }
    }

    int m_kiosk;
    int m_sim;
    QList<QByteArray> m_frames;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::map<int, BenchClock::time_point> m_seen;
    std::thread m_thread;
};

QString code(Rng &rng, int locatorIndex)
{
    const QString alphabet = QString::fromLatin1(pickup::kAlphabet);
    QString c;
    c += alphabet.at(locatorIndex / pickup::kAlphabetSize % pickup::kAlphabetSize);
    c += alphabet.at(locatorIndex % pickup::kAlphabetSize);
    while (c.size() < pickup::kCodeLength)
        c += alphabet.at(int(rng.next() % quint64(pickup::kAlphabetSize)));
    return c;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption ordersOpt(QStringLiteral("orders"), QStringLiteral("Collections to time per series (default 300)."),
                                       QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Work directory (default: a temporary one)."), QStringLiteral("dir"));
    cli.addOptions({ordersOpt, dirOpt});
    cli.process(app);
    const int orders = std::clamp(cli.value(ordersOpt).toInt(), 10, 900);
    QTemporaryDir tmp;
    const QString dir = cli.isSet(dirOpt) ? cli.value(dirOpt) : tmp.path();
    QDir().mkpath(dir);
    QFile::remove(dir + QStringLiteral("/cache.db"));
    QFile::remove(dir + QStringLiteral("/ledger.db"));

    // ---- orders: two per locator slot, one collected by code and one by QR
    auto cache = db::openCache(dir + QStringLiteral("/cache.db"));
    auto ledger = db::openLedger(dir + QStringLiteral("/ledger.db"));
    if (!cache || !ledger)
        fail(QStringLiteral("cannot open the databases in %1").arg(dir));
    const QByteArray key = pickup::generatePrivateKey();
    const qint64 nowS = QDateTime::currentSecsSinceEpoch();
    Rng rng(12);
    QStringList codes, tokens;
    std::printf("preparing %d orders with %d-round verifiers ...\n", 2 * orders, pickup::kDefaultIterations);
    std::fflush(stdout);
    (void)cache.value()->exec("BEGIN");
    for (int i = 0; i < 2 * orders; ++i) {
        const QString id = QStringLiteral("S001-CC-%1").arg(100001 + i);
        const QString c = code(rng, i);
        QByteArray salt(16, '\0');
        for (auto &b : salt)
            b = char(rng.next());
        auto st = cache.value()->prepare(R"sql(
            INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier,
                                 compartment, status, expires_at, total, currency, pickup_locator, pickup_iterations, compartments)
            VALUES(?1, 'S001', ?2, 'Anna', 'a***@example.com', ?3, ?4, ?5, 'ready', ?6, 100, 'PLN', ?7, ?8, ?5))sql");
        if (!st)
            fail(st.error().message);
        const QString compartment = QStringLiteral("A%1").arg(i % 16 + 1, 2, 10, QLatin1Char('0'));
        st.value().bind(1, id).bind(2, QStringLiteral("CC%1").arg(100001 + i)).bind(3, salt)
            .bind(4, pickup::verifier(c, salt, pickup::kDefaultIterations)).bind(5, compartment).bind(6, nowS + 86400)
            .bind(7, pickup::locatorOf(c)).bind(8, pickup::kDefaultIterations);
        if (!st.value().exec())
            fail(QStringLiteral("insert failed"));
        pickup::Token t{id, QStringLiteral("S001"), nowS + 86400, {}};
        t.signature = pickup::sign(pickup::tokenMessage(t.orderId, t.storeId, t.expiresAt), key);
        codes.append(c);
        tokens.append(pickup::formatToken(t));
    }
    (void)cache.value()->exec("COMMIT");

    // ---- the locker simulator behind a relay this program owns
    QProcess sim;
    sim.start(QStringLiteral(OMNIKIOSK_LOCKER_SIM), {QStringLiteral("--protocol"), QStringLiteral("kerong"), QStringLiteral("--boards"),
                                                     QStringLiteral("1"), QStringLiteral("--auto-close"), QStringLiteral("0.3")});
    if (!sim.waitForStarted(5000))
        fail(QStringLiteral("cannot start %1").arg(QStringLiteral(OMNIKIOSK_LOCKER_SIM)));
    QString simPty;
    while (simPty.isEmpty() && sim.waitForReadyRead(5000))
        while (sim.canReadLine()) {
            const QString line = QString::fromUtf8(sim.readLine()).trimmed();
            if (line.startsWith(QLatin1String("PTY ")))
                simPty = line.mid(4);
        }
    if (simPty.isEmpty())
        fail(QStringLiteral("the locker simulator did not say its PTY"));
    const int simFd = ::open(simPty.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    termios tio{};
    ::tcgetattr(simFd, &tio);
    ::cfmakeraw(&tio);
    ::tcsetattr(simFd, TCSANOW, &tio);
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (simFd < 0 || master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        fail(QStringLiteral("cannot open the pseudo-terminals"));
    const QString kioskPty = QString::fromLocal8Bit(::ptsname(master));
    {
        // Raw mode on our side too, before the driver opens it.
        const int s = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
        ::tcgetattr(s, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(s, TCSANOW, &tio);
        ::close(s);
    }
    const auto codec = locker::FrameCodec::create(locker::BoardFamily::Kerong, 16);
    QList<QByteArray> frames;
    for (int ch = 1; ch <= 16; ++ch)
        frames.append(codec->unlock(0, ch).frame);
    Relay relay(master, simFd, frames);

    Config config;
    for (const QString &a : QStringList{QStringLiteral("device.lockers.role=locker"), QStringLiteral("device.lockers.driver=kerong-cu16"),
                             QStringLiteral("device.lockers.transport=serial"), QStringLiteral("device.lockers.port=") + kioskPty,
                             QStringLiteral("device.lockers.baud=19200"), QStringLiteral("device.lockers.boards=0"),
                             QStringLiteral("device.lockers.poll_ms=500"), QStringLiteral("device.lockers.compartments=A01-A16:0:1:S")})
        if (auto r = config.applyOverride(a); !r)
            fail(r.error().message);
    DeviceManager devices;
    devices.setLedger(ledger.value().get());
    devices.start(config.devices);
    if (!waitFor([&] { return devices.isOnline(0); }, 5000))
        fail(QStringLiteral("the locker bus did not come online: %1").arg(devices.healthLine(0)));

    db::Pickups store(*cache.value(), *ledger.value());
    LockerDoors doors(devices, *ledger.value(), 60);
    PickupSettings settings{QStringLiteral("S001"), pickup::publicKeyOf(key), 5, 3, 120};
    PickupDesk desk(settings, store, doors, ok::Clock{[] { return QDateTime::currentMSecsSinceEpoch(); }, [] { return QDateTime::currentMSecsSinceEpoch(); }, {}});
    int openedCount = 0, closedCount = 0;
    QObject::connect(&desk, &PickupDesk::doorOpened, [&] { ++openedCount; });
    QObject::connect(&desk, &PickupDesk::allDoorsClosed, [&] { ++closedCount; });

    Samples byCode, byQr, verifyOnly, commitOnly;
    int timeouts = 0;
    for (int i = 0; i < 2 * orders; ++i) {
        const bool qr = i % 2 == 1;
        const int channel = i % 16 + 1;
        const int opened = openedCount, closed = closedCount;
        const auto t0 = BenchClock::now();
        auto v = desk.verify(qr ? tokens.at(i) : codes.at(i));
        if (!v)
            fail(QStringLiteral("order %1 was refused: %2").arg(i).arg(v.error().message));
        if (auto r = desk.collect(v.value()); !r)
            fail(QStringLiteral("order %1 could not be collected: %2").arg(i).arg(r.error().message));
        std::optional<BenchClock::time_point> t1;
        if (!waitFor([&] { return (t1 = relay.take(channel)).has_value(); }, 3000)) {
            ++timeouts;
            continue;
        }
        (qr ? byQr : byCode).add(std::chrono::duration_cast<std::chrono::nanoseconds>(*t1 - t0).count());
        if (!waitFor([&] { return openedCount > opened && closedCount > closed; }, 5000))
            fail(QStringLiteral("door %1 did not open and close").arg(channel));
    }
    // Baselines in the same run, on the same files.
    const auto sample = store.order(QStringLiteral("S001-CC-100001")).value().value();
    db::Ledger journal(*ledger.value());
    for (int i = 0; i < orders; ++i) {
        auto t = BenchClock::now();
        (void)pickup::verify(codes.at(0), sample.salt, sample.iterations, sample.verifier);
        verifyOnly.add(nsSince(t));
        t = BenchClock::now();
        (void)journal.recordEvent(QStringLiteral("bench.commit"), QStringLiteral("bench"), QStringLiteral("bench"), {}, 0);
        commitOnly.add(nsSince(t));
    }
    const qint64 wireNs = qint64(frames.first().size()) * 10 * 1'000'000'000LL / 19200;

    std::printf("\n## bench_pickup: last keystroke or QR scan to the unlock frame on the wire (%d + %d collections, load %s)\n\n",
                int(byCode.count()), int(byQr.count()), qPrintable(loadAverage()));
    Table table({QStringLiteral("series"), QStringLiteral("p50"), QStringLiteral("p99"), QStringLiteral("max")});
    table.addRow({QStringLiteral("typed code → unlock frame sent"), formatNs(byCode.p50()), formatNs(byCode.p99()), formatNs(byCode.max())});
    table.addRow({QStringLiteral("QR token → unlock frame sent"), formatNs(byQr.p50()), formatNs(byQr.p99()), formatNs(byQr.max())});
    table.addRow({QStringLiteral("baseline: PBKDF2 verifier alone (%1 rounds)").arg(pickup::kDefaultIterations), formatNs(verifyOnly.p50()),
                  formatNs(verifyOnly.p99()), formatNs(verifyOnly.max())});
    table.addRow({QStringLiteral("baseline: one journal commit alone (synchronous=FULL)"), formatNs(commitOnly.p50()), formatNs(commitOnly.p99()),
                  formatNs(commitOnly.max())});
    table.addRow({QStringLiteral("physical limit: the %1-byte frame at 19,200 baud").arg(frames.first().size()), formatNs(wireNs), formatNs(wireNs),
                  formatNs(wireNs)});
    table.print();
    const qint64 worst = std::max(byCode.p99(), byQr.p99());
    std::printf("\ntarget: p99 <= 150 ms: %s (typed %s, QR %s); %d unlock frames not seen\n", qPrintable(metText(worst <= 150'000'000 && timeouts == 0)),
                qPrintable(formatNs(byCode.p99())), qPrintable(formatNs(byQr.p99())), timeouts);
    devices.stop();
    sim.kill();
    sim.waitForFinished(2000);
    return worst <= 150'000'000 && timeouts == 0 ? 0 : 2;
}
