// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"

#include <QRandomGenerator>
#include <QTest>

class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // Polish
        QTest::newRow("pl Żółć") << QStringLiteral("Żółć") << QStringLiteral("zolc");
        QTest::newRow("pl Łódź") << QStringLiteral("Łódź") << QStringLiteral("lodz");
        QTest::newRow("pl ŻÓŁĆ upper") << QStringLiteral("ŻÓŁĆ") << QStringLiteral("zolc");
        QTest::newRow("pl Masło Extra") << QStringLiteral("Masło Extra 82%") << QStringLiteral("maslo extra 82");
        QTest::newRow("pl Pączek z różą") << QStringLiteral("Pączek z różą") << QStringLiteral("paczek z roza");
        // Norwegian / Danish
        QTest::newRow("no Smørbrød") << QStringLiteral("Smørbrød") << QStringLiteral("smorbrod");
        QTest::newRow("no Blåbær") << QStringLiteral("Blåbær") << QStringLiteral("blabaer");
        QTest::newRow("no ØL upper") << QStringLiteral("ØL") << QStringLiteral("ol");
        QTest::newRow("no Æble") << QStringLiteral("Æble") << QStringLiteral("aeble");
        // Italian
        QTest::newRow("it Caffè") << QStringLiteral("Caffè") << QStringLiteral("caffe");
        QTest::newRow("it Perché") << QStringLiteral("Perché") << QStringLiteral("perche");
        QTest::newRow("it apostrophe") << QStringLiteral("Caffè dell'Orso") << QStringLiteral("caffe dell orso");
        // Russian
        QTest::newRow("ru Ёлка") << QStringLiteral("Ёлка") << QStringLiteral("елка");
        QTest::newRow("ru Щётка") << QStringLiteral("Щётка") << QStringLiteral("щетка");
        QTest::newRow("ru й folds to и (documented)") << QStringLiteral("Чай") << QStringLiteral("чаи");
        QTest::newRow("ru Молоко 3,2%") << QStringLiteral("Молоко 3,2%") << QStringLiteral("молоко 3 2");
        // German and other non-decomposing letters
        QTest::newRow("de Straße") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("de capital sharp s") << QStringLiteral("STRA\u1E9EE") << QStringLiteral("strasse");
        QTest::newRow("fr Œuf") << QStringLiteral("Œuf") << QStringLiteral("oeuf");
        QTest::newRow("hr Đurđevac") << QStringLiteral("Đurđevac") << QStringLiteral("durdevac");
        QTest::newRow("is Þórður") << QStringLiteral("Þórður") << QStringLiteral("thordur");
        QTest::newRow("tr dotless ı") << QStringLiteral("Işık") << QStringLiteral("isik");
        QTest::newRow("tr dotted İ") << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
        // Compatibility forms and punctuation
        QTest::newRow("ligature fi") << QStringLiteral("\uFB01let") << QStringLiteral("filet");
        QTest::newRow("fullwidth") << QStringLiteral("ＡＢＣ１２") << QStringLiteral("abc12");
        QTest::newRow("superscript") << QStringLiteral("m²") << QStringLiteral("m2");
        QTest::newRow("decimal comma and dot fold alike 1") << QStringLiteral("2,5%") << QStringLiteral("2 5");
        QTest::newRow("decimal comma and dot fold alike 2") << QStringLiteral("2.5 %") << QStringLiteral("2 5");
        QTest::newRow("whitespace collapse") << QStringLiteral("  Coca-Cola\t0,5 l\u00A0\n ") << QStringLiteral("coca cola 0 5 l");
        QTest::newRow("only punctuation") << QStringLiteral(" -- !? ") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("combining sequence input") << QStringLiteral("Z\u0307o\u0301\u0142c\u0301") << QStringLiteral("zolc");
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ok::foldForSearch(input), expected);
    }

    void idempotent_data() { fold_data(); }

    void idempotent()
    {
        QFETCH(QString, input);
        const QString once = ok::foldForSearch(input);
        QCOMPARE(ok::foldForSearch(once), once);
    }

    // Random text from Latin, Latin-1/Extended, Greek, Cyrillic, punctuation, symbols, combining
    // marks and a few astral characters: folding twice must equal folding once.
    void idempotentRandom()
    {
        QRandomGenerator rng(20240601);
        const QList<QPair<char32_t, char32_t>> ranges = {
            {0x20, 0x7E}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x400, 0x4FF},
            {0x1E00, 0x1EFF}, {0x2000, 0x215F}, {0xFB00, 0xFB06}, {0xFF01, 0xFF5E},
            {0x1D400, 0x1D4FF}, {0x1F600, 0x1F64F},
        };
        for (int round = 0; round < 2000; ++round) {
            QList<char32_t> codePoints;
            const int length = rng.bounded(1, 24);
            for (int i = 0; i < length; ++i) {
                const auto &range = ranges.at(qsizetype(rng.bounded(int(ranges.size()))));
                codePoints.append(char32_t(rng.bounded(quint32(range.first), quint32(range.second + 1))));
            }
            const QString input = QString::fromUcs4(codePoints.constData(), codePoints.size());
            const QString once = ok::foldForSearch(input);
            QCOMPARE(ok::foldForSearch(once), once);
            QVERIFY(!once.startsWith(u' ') && !once.endsWith(u' ') && !once.contains(QStringLiteral("  ")));
        }
    }

    void queryMatchesIndexedText()
    {
        // The point of the fold: what a person types on a plain keyboard equals the folded name.
        QCOMPARE(ok::foldForSearch(u"SMORBROD"), ok::foldForSearch(u"Smørbrød"));
        QCOMPARE(ok::foldForSearch(u"zolc"), ok::foldForSearch(u"żółć"));
        QCOMPARE(ok::foldForSearch(u"щетка"), ok::foldForSearch(u"ЩЁТКА"));
        QVERIFY(ok::foldForSearch(u"Kase") != ok::foldForSearch(u"Kasse"));
    }
};

QTEST_APPLESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
