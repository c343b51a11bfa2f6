// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/columnlayout.h"

#include <QTest>

using ok::escpos::ColumnLayout;

class TestColumnLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elide()
    {
        QCOMPARE(ColumnLayout::elide(u"Chleb", 5), QStringLiteral("Chleb"));
        QCOMPARE(ColumnLayout::elide(u"Chleby", 5), QStringLiteral("Chle~"));
        QCOMPARE(ColumnLayout::elide(u"Chleb", 1), QStringLiteral("~"));
        QCOMPARE(ColumnLayout::elide(u"Chleb", 0), QString());
    }

    void twoColumns_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QStringList>("lines");

        // 32 columns (58 mm, font A)
        QTest::newRow("32 fits") << "Chleb żytni"
                                 << "7,49" << 32 << QStringList { QStringLiteral("Chleb żytni                 7,49") };
        QTest::newRow("32 exactly full") << "Mleko UHT 3,2% 1 l kartonik"
                                         << "1,99" << 32
                                         << QStringList { QStringLiteral("Mleko UHT 3,2% 1 l kartonik 1,99") };
        QTest::newRow("32 long name") << "Ser żółty Gouda plastry 150 g w promocji"
                                      << "12,99 zł" << 32
                                      << QStringList { QStringLiteral("Ser żółty Gouda plastr~ 12,99 zł") };
        // 42 columns (58 mm, font B)
        QTest::newRow("42 long name")
            << "Молоко ультрапастеризованное 3,2% 1 л Домик"
            << "89,90 ₽" << 42
            << QStringList { QStringLiteral(
                   "Молоко ультрапастеризованное 3,2%~ 89,90 ₽") };
        // 48 columns (80 mm, font A)
        QTest::newRow("48 long name") << "Prosciutto crudo di Parma DOP stagionato 24 mesi"
                                      << "€ 4,90" << 48
                                      << QStringList { QStringLiteral(
                                             "Prosciutto crudo di Parma DOP stagionato~ € 4,90") };
        QTest::newRow("48 fits") << "Smørbrød med røkelaks"
                                 << "kr 89,00" << 48
                                 << QStringList { QStringLiteral("Smørbrød med røkelaks                   kr 89,00") };
        QTest::newRow("empty left") << ""
                                    << "12,00" << 10 << QStringList { QStringLiteral("     12,00") };
        QTest::newRow("empty right") << "Suma"
                                     << "" << 10 << QStringList { QStringLiteral("Suma      ") };
        QTest::newRow("right too wide: two lines")
            << "Total"
            << "1234567890" << 10 << QStringList { QStringLiteral("Total     "), QStringLiteral("1234567890") };
        QTest::newRow("right leaves one cell") << "Total"
                                               << "12345678" << 10 << QStringList { QStringLiteral("~ 12345678") };
    }

    void twoColumns()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, columns);
        QFETCH(QStringList, lines);
        const QStringList got = ColumnLayout::twoColumns(left, right, columns);
        QCOMPARE(got, lines);
        for (const QString &line : got) {
            QCOMPARE(line.size(), columns);
            // The right text is never overlapped: it ends the last line.
        }
        if (!right.isEmpty() && right.size() <= columns)
            QVERIFY(got.last().endsWith(right));
    }

    // Every width, every length: the right column is intact, there is a gap, and a cut is marked.
    void twoColumnsInvariants()
    {
        const QString name = QStringLiteral("Pomidory malinowe z Podkarpacia luzem, kategoria I, kraj pochodzenia PL");
        const QString price = QStringLiteral("123,45");
        for (int columns : { 32, 42, 48 }) {
            for (int len = 0; len <= name.size(); ++len) {
                const QString left = name.left(len);
                const QStringList lines = ColumnLayout::twoColumns(left, price, columns);
                QCOMPARE(lines.size(), 1);
                const QString &line = lines.first();
                QCOMPARE(line.size(), columns);
                QVERIFY(line.endsWith(u' ' + price));
                const QString leftPart = line.left(columns - price.size() - 1);
                if (len <= columns - price.size() - 1)
                    QCOMPARE(leftPart.trimmed(), left.trimmed());
                else
                    QCOMPARE(leftPart, left.left(leftPart.size() - 1) + u'~');
            }
        }
    }

    void threeColumns_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("middle");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("middleWidth");
        QTest::addColumn<int>("rightWidth");
        QTest::addColumn<QString>("line");

        QTest::newRow("32 qty x price") << "2 x 3,50"
                                        << "A"
                                        << "7,00" << 32 << 1 << 8 << QStringLiteral("2 x 3,50              A     7,00");
        QTest::newRow("42 aligned widths")
            << "1,235 kg x 12,99"
            << "B"
            << "16,04" << 42 << 3 << 10 << QStringLiteral("1,235 kg x 12,99              B      16,04");
        QTest::newRow("48 long left") << "Parmigiano Reggiano 30 mesi 0,412 kg x 39,90"
                                      << "22%"
                                      << "16,44" << 48 << 4 << 8
                                      << QStringLiteral("Parmigiano Reggiano 30 mesi 0,412~  22%    16,44");
        QTest::newRow("auto widths") << "a"
                                     << "bb"
                                     << "ccc" << 10 << 0 << 0 << QStringLiteral("a   bb ccc");
        QTest::newRow("middle and right too wide") << "x"
                                                   << "1234567"
                                                   << "1234" << 10 << 0 << 0 << QStringLiteral("1234~ 1234");
    }

    void threeColumns()
    {
        QFETCH(QString, left);
        QFETCH(QString, middle);
        QFETCH(QString, right);
        QFETCH(int, columns);
        QFETCH(int, middleWidth);
        QFETCH(int, rightWidth);
        QFETCH(QString, line);
        const QString got = ColumnLayout::threeColumns(left, middle, right, columns, middleWidth, rightWidth);
        QCOMPARE(got, line);
        QCOMPARE(got.size(), columns);
    }
};

QTEST_GUILESS_MAIN(TestColumnLayout)
#include "tst_columnlayout.moc"
