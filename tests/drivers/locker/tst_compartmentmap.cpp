// SPDX-License-Identifier: GPL-3.0-or-later
// Compartment ids → (board, channel): the configuration syntax and its errors.
#include "drivers/locker/compartmentmap.h"

#include <QTest>

using namespace ok::locker;
using Size = Compartment::Size;

class TestCompartmentMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singlesAndRanges()
    {
        const auto map = CompartmentMap::parse(u"A01-A04:0:1:S, A05:0:5:M,\n b01-b02 : 1 : 9-10 : l ,");
        QVERIFY2(map, map ? "" : qPrintable(map.error().message));
        QCOMPARE(map->size(), 7);
        const QList<Compartment> expected = {
            { QStringLiteral("A01"), 0, 1, Size::Small },
            { QStringLiteral("A02"), 0, 2, Size::Small },
            { QStringLiteral("A03"), 0, 3, Size::Small },
            { QStringLiteral("A04"), 0, 4, Size::Small },
            { QStringLiteral("A05"), 0, 5, Size::Medium },
            { QStringLiteral("B01"), 1, 9, Size::Large },
            { QStringLiteral("B02"), 1, 10, Size::Large },
        };
        QCOMPARE(map->compartments(), expected);
        QCOMPARE(map->find(u"a03")->channel, 3);
        QCOMPARE(map->at(1, 10)->id, QStringLiteral("B02"));
        QVERIFY(!map->find(u"A06"));
        QVERIFY(!map->at(0, 6));
        QCOMPARE(map->withSize(Size::Large).size(), 2);
        QCOMPARE(map->withSize(Size::Medium).first().id, QStringLiteral("A05"));
    }

    void rangeKeepsZeroPadding()
    {
        const auto map = CompartmentMap::parse(u"C098-C101:2:1:M");
        QVERIFY(map);
        QStringList ids;
        for (const Compartment &c : map->compartments())
            ids.append(c.id);
        QCOMPARE(ids,
            (QStringList {
                QStringLiteral("C098"), QStringLiteral("C099"), QStringLiteral("C100"), QStringLiteral("C101") }));
        QCOMPARE(map->find(u"C101")->channel, 4);
    }

    void emptyTextIsAnEmptyMap()
    {
        const auto map = CompartmentMap::parse(u"  ");
        QVERIFY(map);
        QVERIFY(map->isEmpty());
    }

    void errorsNameTheEntry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fields") << "A01:0:1:S, A02:0:2"
                                << R"(compartment entry "A02:0:2": expected ID:BOARD:CHANNEL:SIZE)";
        QTest::newRow("size") << "A01:0:1:XL"
                              << R"(compartment entry "A01:0:1:XL": size "XL" must be S, M or L)";
        QTest::newRow("board") << "A01:x:1:S"
                               << R"(compartment entry "A01:x:1:S": board "x" must be a number 0-255)";
        QTest::newRow("channel 0") << "A01:0:0:S"
                                   << R"(compartment entry "A01:0:0:S": channel "0" must be a lock number)";
        QTest::newRow("id") << "A-:0:1:S"
                            << R"(compartment entry "A-:0:1:S": "" is not a compartment id)";
        QTest::newRow("id chars") << "A_1:0:1:S"
                                  << R"("A_1" is not a compartment id)";
        QTest::newRow("range letters") << "A01-B04:0:1:S"
                                       << R"(the range ends "A01" and "B04" must share)";
        QTest::newRow("range width") << "A1-A004:0:1:S"
                                     << R"(must share their letters and number of digits)";
        QTest::newRow("backwards") << "A05-A01:0:1:S"
                                   << "the range runs backwards";
        QTest::newRow("count") << "A01-A04:0:1-3:S"
                               << "4 ids but 3 channels";
        QTest::newRow("duplicate id")
            << "A01:0:1:S, A01:0:2:S"
            << R"(compartment entry "A01:0:2:S": compartment A01 is already defined by "A01:0:1:S")";
        QTest::newRow("range overlaps") << "A01-A04:0:1:S, A03:1:1:S"
                                        << R"(compartment A03 is already defined by "A01-A04:0:1:S")";
        QTest::newRow("same lock")
            << "A01:0:1:S, B01:0:1:M"
            << R"(compartment entry "B01:0:1:M": board 0 channel 1 already belongs to compartment A01)";
    }
    void errorsNameTheEntry()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto map = CompartmentMap::parse(text);
        QVERIFY(!map);
        QCOMPARE(map.error().code, QStringLiteral("locker.bad-compartment"));
        QVERIFY2(map.error().message.contains(expected), qPrintable(map.error().message));
    }

    void layoutComesFromTheIds()
    {
        // Columns in the order the map first names their letters (B before A here), rows by
        // number within a column whatever the order of the entries or the wiring; ids without
        // letters are a column of their own.
        const auto map = CompartmentMap::parse(u"B02:1:1:L, B01:1:2:L, A10:0:1:S, A09:0:2:S, 12:2:1:M, 7:2:2:M, A100:0:3:S");
        QVERIFY2(map, map ? "" : qPrintable(map.error().message));
        using P = CompartmentMap::Position;
        const QList<P> expected = {
            { 1, 0 }, // B02
            { 0, 0 }, // B01
            { 1, 1 }, // A10
            { 0, 1 }, // A09
            { 1, 2 }, // 12
            { 0, 2 }, // 7
            { 2, 1 }, // A100
        };
        QCOMPARE(map->layout(), expected);
        QVERIFY(CompartmentMap().layout().isEmpty());
    }

    void sizes()
    {
        QCOMPARE(CompartmentMap::sizeFromString(u"m"), Size::Medium);
        QVERIFY(!CompartmentMap::sizeFromString(u"XL"));
        QCOMPARE(CompartmentMap::sizeName(Size::Large), QStringLiteral("L"));
    }
};

QTEST_GUILESS_MAIN(TestCompartmentMap)
#include "tst_compartmentmap.moc"
