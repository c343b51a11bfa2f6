// SPDX-License-Identifier: GPL-3.0-or-later
// The locker bus options of a [device.NAME] section: defaults, per-board overrides, errors.
#include "drivers/locker/lockerbusconfig.h"

#include <QTest>

using namespace ok::locker;
using namespace std::chrono_literals;

using Options = QMap<QString, QString>;

class TestLockerBusConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kerongDefaults()
    {
        const auto c = LockerBusConfig::fromOptions({ { QStringLiteral("protocol"), QStringLiteral("kerong") },
            { QStringLiteral("boards"), QStringLiteral("0, 1") },
            { QStringLiteral("baud"), QStringLiteral("19200") } });
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QCOMPARE(c->family, BoardFamily::Kerong);
        QCOMPARE(c->channels, 16);
        QCOMPARE(c->boards.size(), 2);
        QCOMPARE(c->boards.at(1).address, 1);
        QCOMPARE(c->boards.at(0).doorPolarity, Polarity::Normal);
        QVERIFY(c->boards.at(0).itemSensors);
        QCOMPARE(c->replyTimeout, 1500ms);
        QCOMPARE(c->quietTime, 25ms);
        QCOMPARE(c->pollInterval, 1000ms);
        QCOMPARE(c->leftOpenAfter, 120000ms);
        QVERIFY(c->compartments.isEmpty());
    }

    void xorDefaultsAndOverrides()
    {
        const auto c = LockerBusConfig::fromOptions({ { QStringLiteral("protocol"), QStringLiteral("XOR") },
            { QStringLiteral("boards"), QStringLiteral("1,2,3") },
            { QStringLiteral("door_polarity"), QStringLiteral("inverted") },
            { QStringLiteral("door_polarity.2"), QStringLiteral("normal") },
            { QStringLiteral("item_sensors.3"), QStringLiteral("yes") },
            { QStringLiteral("item_polarity.3"), QStringLiteral("inverted") },
            { QStringLiteral("reply_timeout_ms"), QStringLiteral("800") },
            { QStringLiteral("left_open_s"), QStringLiteral("45") },
            { QStringLiteral("compartments"), QStringLiteral("A01-A24:1:1:S, B01:3:24:L") } });
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QCOMPARE(c->channels, 24);
        QCOMPARE(c->board(1)->doorPolarity, Polarity::Inverted);
        QCOMPARE(c->board(2)->doorPolarity, Polarity::Normal);
        QCOMPARE(c->board(3)->doorPolarity, Polarity::Inverted);
        QVERIFY(!c->board(1)->itemSensors);
        QVERIFY(c->board(3)->itemSensors);
        QCOMPARE(c->board(3)->itemPolarity, Polarity::Inverted);
        QCOMPARE(c->board(1)->itemPolarity, Polarity::Normal);
        QCOMPARE(c->replyTimeout, 800ms);
        QCOMPARE(c->leftOpenAfter, 45000ms);
        QCOMPARE(c->compartments.size(), 25);
        QVERIFY(!c->board(4));
    }

    void errors_data()
    {
        QTest::addColumn<Options>("options");
        QTest::addColumn<QString>("expected");
        const auto k = [](Options extra) {
            Options o { { QStringLiteral("protocol"), QStringLiteral("kerong") },
                { QStringLiteral("boards"), QStringLiteral("0,1") } };
            for (auto it = extra.cbegin(); it != extra.cend(); ++it)
                o.insert(it.key(), it.value());
            return o;
        };
        QTest::newRow("protocol") << Options { { QStringLiteral("boards"), QStringLiteral("0") } }
                                  << R"(protocol "" must be kerong or xor)";
        QTest::newRow("no boards") << Options { { QStringLiteral("protocol"), QStringLiteral("kerong") } }
                                   << "boards must list";
        QTest::newRow("board text") << k({ { QStringLiteral("boards"), QStringLiteral("0,one") } })
                                    << R"(boards: "one" is not a board address)";
        QTest::newRow("kerong board 15") << k({ { QStringLiteral("boards"), QStringLiteral("15") } })
                                         << "board address 15 is not valid for kerong";
        QTest::newRow("duplicate board") << k({ { QStringLiteral("boards"), QStringLiteral("1,1") } })
                                         << "board 1 is listed twice";
        QTest::newRow("kerong channels") << k({ { QStringLiteral("channels"), QStringLiteral("17") } })
                                         << R"(channels "17" must be a number from 1 to 16)";
        QTest::newRow("timeout") << k({ { QStringLiteral("reply_timeout_ms"), QStringLiteral("20") } })
                                 << R"(reply_timeout_ms "20" must be a number from 100)";
        QTest::newRow("polarity") << k({ { QStringLiteral("door_polarity.1"), QStringLiteral("upside-down") } })
                                  << R"(door polarity "upside-down" of board 1 must be normal or inverted)";
        QTest::newRow("item sensors") << k({ { QStringLiteral("item_sensors"), QStringLiteral("maybe") } })
                                      << R"(item_sensors "maybe" of board 0)";
        QTest::newRow("compartment syntax")
            << k({ { QStringLiteral("compartments"), QStringLiteral("A01:0:1") } }) << R"(compartment entry "A01:0:1")";
        QTest::newRow("compartment board")
            << k({ { QStringLiteral("compartments"), QStringLiteral("A01:0:1:S, A02:5:1:S") } })
            << "compartment A02 is on board 5, which is not in boards";
        QTest::newRow("compartment channel") << k({ { QStringLiteral("channels"), QStringLiteral("12") },
            { QStringLiteral("compartments"), QStringLiteral("A01-A13:0:1:S") } })
                                             << "compartment A13 is on channel 13, but the boards have 12 channels";
    }
    void errors()
    {
        QFETCH(Options, options);
        QFETCH(QString, expected);
        const auto c = LockerBusConfig::fromOptions(options);
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLockerBusConfig)
#include "tst_lockerbusconfig.moc"
