// SPDX-License-Identifier: GPL-3.0-or-later
// Receipts and X/Z reports in the store's language, from the real catalogs built into the program:
// no English label left in a Polish, Italian, Russian or Norwegian receipt, every row fits the
// paper, and the paper the printer simulator decodes back (code pages and all) says it.

#include "core/language.h"
#include "drivers/printer/columnlayout.h"
#include "drivers/printer/encoder.h"
#include "drivers/printer/printerprofile.h"
#include "services/receipts.h"
#include "services/translations.h"
#include "../tools/simprocess.h"

#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace ok;

namespace {

struct Store {
    const char *id, *name, *locale, *language, *currency;
    int exponent;
    /// Product names as that store's catalog has them: each with the letters its code pages must carry.
    const char *products[2];
};

const Store kStores[] = {
    {"S001", "Warszawa Marszałkowska", "pl_PL", "pl", "PLN", 2, {"Żółty ser gouda", "Chleb żytni"}},
    {"S003", "Milano Duomo", "it_IT", "it", "EUR", 2, {"Caffè in grani", "Pomodori pelati"}},
    {"S004", "Oslo Karl Johan", "nb_NO", "nb", "NOK", 2, {"Blåbærsyltetøy", "Brunost Gudbrandsdal"}},
    {"S005", "Москва Тверская", "ru_RU", "ru", "RUB", 2, {"Сгущённое молоко", "Чай чёрный"}},
    {"S900", "Omnikiosk London", "en_GB", "en", "GBP", 2, {"Cheddar cheese", "Rye bread"}},
};

const Store &storeFor(const char *language)
{
    for (const Store &s : kStores)
        if (qstrcmp(s.language, language) == 0)
            return s;
    qFatal("no store for %s", language);
}

StoredSale sampleSale(const Store &store)
{
    StoredSale stored;
    stored.receiptNo = 1207;
    SaleRecord &s = stored.sale;
    s.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    s.storeId = QString::fromLatin1(store.id);
    s.terminalId = QStringLiteral("T01");
    s.cashierId = QStringLiteral("E1001");
    s.currency = QString::fromLatin1(store.currency);
    s.createdAtMs = QDateTime(QDate(2026, 12, 7), QTime(10, 15)).toMSecsSinceEpoch();
    SaleLineRecord a;
    a.name = QString::fromUtf8(store.products[0]);
    a.quantity = 2;
    a.unitPrice = 1299;
    a.discount = 260;
    a.amount = 2338;
    a.taxCode = QStringLiteral("A");
    a.taxBasisPoints = 2300;
    SaleLineRecord b;
    b.name = QString::fromUtf8(store.products[1]);
    b.quantity = 750;
    b.unit = QStringLiteral("gram");
    b.unitPrice = 899;
    b.amount = 674;
    b.taxCode = QStringLiteral("B");
    b.taxBasisPoints = 800;
    s.lines = {a, b};
    s.subtotal = 3272;
    s.discountTotal = 260;
    s.total = 3012;
    s.taxTotal = 487;
    s.tenders = {TenderRecord{QStringLiteral("card"), 1000, 0, QStringLiteral("123456")}, TenderRecord{QStringLiteral("cash"), 2100, 88, {}}};
    s.taxes = {TaxRecord{QStringLiteral("A"), 2300, 1901, 437, 2338}, TaxRecord{QStringLiteral("B"), 800, 624, 50, 674}};
    s.approvals = {ApprovalRecord{QStringLiteral("large_discount"), QStringLiteral("E1002"), {}, 0}};
    return stored;
}

struct Shift {
    ShiftRecord record;
    ShiftFigures figures;
};

Shift sampleShift()
{
    Shift s;
    s.record.id = QStringLiteral("shift-1");
    s.record.terminalId = QStringLiteral("T01");
    s.record.openedBy = QStringLiteral("E1001");
    s.record.openedAtMs = QDateTime(QDate(2026, 12, 7), QTime(8, 0)).toMSecsSinceEpoch();
    s.record.floatAmount = 30000;
    s.record.closed = true;
    s.record.zNo = 42;
    s.record.expectedCash = 45210;
    s.record.countedCash = 45200;
    s.record.countedCounts = {{10000, 4}, {5000, 1}, {200, 1}};
    ShiftFigures &f = s.figures;
    f.salesCount = 31;
    f.salesTotal = 182045;
    f.returnsCount = 2;
    f.returnsTotal = -4598;
    f.discountTotal = 1210;
    f.tenders = {{QStringLiteral("cash"), 20, 15210}, {QStringLiteral("card"), 13, 162237}};
    f.taxes = {{QStringLiteral("A"), 2300, 120000, 27600, 147600}};
    f.floatAmount = 30000;
    f.cashSales = 15210;
    f.noSaleCount = 1;
    f.expectedCash = 45210;
    f.firstReceipt = 1180;
    f.lastReceipt = 1212;
    return s;
}

Receipts receiptsOf(const Store &store, Translations &translations)
{
    const QString language = QString::fromLatin1(store.language);
    return Receipts(ReceiptHeader{QString::fromUtf8(store.name), QString::fromLatin1(store.id), QStringLiteral("T01"),
                                  QString::fromLatin1(store.locale), store.exponent, Wording(translations.catalog(language), language)});
}

/// Every text of the document, one entry per printed element.
QStringList texts(const ReceiptDocument &doc)
{
    QStringList out;
    for (const ReceiptElement &e : doc.elements()) {
        if (const auto *t = std::get_if<TextLine>(&e))
            out << t->text;
        else if (const auto *r = std::get_if<TwoColumnRow>(&e))
            out << r->left << r->right;
        else if (const auto *r3 = std::get_if<ThreeColumnRow>(&e))
            out << r3->left << r3->middle << r3->right;
    }
    return out;
}

QSet<QString> wordsOf(const QStringList &texts)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}{3,}"));
    QSet<QString> out;
    for (const QString &t : texts)
        for (auto it = word.globalMatch(t); it.hasNext();)
            out.insert(it.next().captured().toLower());
    return out;
}

/// Rows that would be cut ('~') or wrapped on paper `columns` cells wide.
QStringList overflowing(const ReceiptDocument &doc, int columns)
{
    QStringList out;
    for (const ReceiptElement &e : doc.elements()) {
        if (const auto *t = std::get_if<TextLine>(&e)) {
            if (int(t->text.size()) * (t->style.doubleWidth ? 2 : 1) > columns)
                out << t->text;
        } else if (const auto *r = std::get_if<TwoColumnRow>(&e)) {
            const int cols = r->style.doubleWidth ? columns / 2 : columns;
            const QStringList lines = escpos::ColumnLayout::twoColumns(r->left, r->right, cols);
            if (lines.size() != 1 || lines.first().contains(escpos::ColumnLayout::kEllipsis))
                out << r->left + QStringLiteral(" | ") + r->right;
        } else if (const auto *r3 = std::get_if<ThreeColumnRow>(&e)) {
            const QString line = escpos::ColumnLayout::threeColumns(r3->left, r3->middle, r3->right, columns, r3->middleWidth, r3->rightWidth);
            if (line.contains(escpos::ColumnLayout::kEllipsis))
                out << r3->left + QStringLiteral(" | ") + r3->middle + QStringLiteral(" | ") + r3->right;
        }
    }
    return out;
}

} // namespace

class TestReceiptLanguages : public QObject
{
    Q_OBJECT

    Translations m_translations;
    std::unique_ptr<SimProcess> m_printer;
    QTcpSocket m_link; ///< one connection, as a terminal keeps: the simulator serves one at a time

    /// Data words of the sample (names, ids): they are the same in every language.
    static QSet<QString> dataWords(const Store &store)
    {
        return wordsOf({QString::fromUtf8(store.name), QString::fromUtf8(store.products[0]), QString::fromUtf8(store.products[1]),
                        QStringLiteral("Anna K.")});
    }

    QStringList englishLabelsIn(const char *language, const ReceiptDocument &english, const ReceiptDocument &translated)
    {
        const Store &store = storeFor(language);
        const Store &en = storeFor("en");
        QSet<QString> labels = wordsOf(texts(english));
        labels.subtract(dataWords(en));
        // Words that are the same in the language itself, not English left over.
        static const QHash<QString, QSet<QString>> same = {
            {QStringLiteral("nb"), {QStringLiteral("terminal"), QStringLiteral("for")}},
        };
        QSet<QString> found = wordsOf(texts(translated));
        found.subtract(dataWords(store));
        found.subtract(same.value(QString::fromLatin1(language)));
        QStringList left = QStringList(labels.intersect(found).values());
        left.sort();
        return left;
    }

    /// A fresh simulator prints `bytes` and renders its roll to `png`.
    static bool saveAlone(const QByteArray &bytes, const QString &png)
    {
        SimProcess sim(QStringLiteral(PRINTER_SIM), {QStringLiteral("--port"), QStringLiteral("0")});
        QTcpSocket link;
        link.connectToHost(QHostAddress::LocalHost, quint16(sim.waitFor("LISTENING ").toUInt()));
        if (!link.waitForConnected(5000) || link.write(bytes) != bytes.size() || !link.waitForBytesWritten(5000))
            return false;
        if (sim.waitFor("CUT ").isNull())
            return false;
        QTemporaryDir dir;
        sim.send(QByteArray("save ") + dir.path().toUtf8());
        if (sim.waitFor("SAVED ").isEmpty())
            return false;
        QDir().mkpath(QFileInfo(png).path());
        QFile::remove(png);
        return QFile::copy(dir.filePath(QStringLiteral("roll.png")), png);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        m_printer = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        const quint16 port = quint16(m_printer->waitFor("LISTENING ").toUInt());
        QVERIFY(port > 0);
        m_link.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(m_link.waitForConnected(5000));
    }

    void everyLabelIsInTheStoresLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"pl", "it", "ru", "nb"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void everyLabelIsInTheStoresLanguage()
    {
        QFETCH(QString, language);
        const Store &store = storeFor(qPrintable(language));
        const Store &en = storeFor("en");
        QVERIFY(m_translations.catalog(language));
        const Shift shift = sampleShift();
        const Receipts english = receiptsOf(en, m_translations);
        const Receipts local = receiptsOf(store, m_translations);
        const QStringList saleLeft = englishLabelsIn(store.language, english.sale(sampleSale(en), QStringLiteral("Anna K."), 1100),
                                                     local.sale(sampleSale(store), QStringLiteral("Anna K."), 1100));
        QVERIFY2(saleLeft.isEmpty(), qPrintable(QStringLiteral("English on a %1 receipt: %2").arg(language, saleLeft.join(u' '))));
        for (const bool z : {false, true}) {
            const QStringList reportLeft = englishLabelsIn(store.language, english.shiftReport(shift.record, shift.figures, z, QStringLiteral("Anna K."), 0),
                                                           local.shiftReport(shift.record, shift.figures, z, QStringLiteral("Anna K."), 0));
            QVERIFY2(reportLeft.isEmpty(),
                     qPrintable(QStringLiteral("English on a %1 %2 report: %3").arg(language, z ? u"Z" : u"X", reportLeft.join(u' '))));
        }
        // And the words did change: a catalog that loads but is empty would pass the test above
        // only if the English had no words at all.
        QVERIFY(local.sale(sampleSale(store), QStringLiteral("Anna K."), 1100).elements().size() > 10);
        QVERIFY(!wordsOf(texts(local.sale(sampleSale(store), QStringLiteral("Anna K.")))).contains(QStringLiteral("receipt")));
    }

    void everyRowFitsThePaper_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("profile");
        for (const char *l : {"en", "pl", "it", "ru", "nb"})
            for (const char *p : {"epson-tm-t20", "generic-58mm"})
                QTest::addRow("%s %s", l, p) << QString::fromLatin1(l) << QString::fromLatin1(p);
    }
    void everyRowFitsThePaper()
    {
        QFETCH(QString, language);
        QFETCH(QString, profile);
        const Store &store = storeFor(qPrintable(language));
        const auto printer = escpos::PrinterProfile::builtIn(profile);
        QVERIFY(printer);
        const int columns = printer.value().columns(Font::A);
        const Receipts r = receiptsOf(store, m_translations);
        const Shift shift = sampleShift();
        for (const ReceiptDocument &doc : {r.sale(sampleSale(store), QStringLiteral("Anna K.")),
                                           r.shiftReport(shift.record, shift.figures, true, QStringLiteral("Anna K."), 0),
                                           r.shiftReport(shift.record, shift.figures, false, QStringLiteral("Anna K."), 0)}) {
            QStringList bad = overflowing(doc, columns);
            // A plain line longer than 32 cells wraps on narrow paper (as in English): only rows,
            // whose columns would be cut, must fit there.
            if (columns < 40)
                bad.erase(std::remove_if(bad.begin(), bad.end(), [](const QString &s) { return !s.contains(QLatin1String(" | ")); }), bad.end());
            QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 on %2 (%3 columns) does not fit:\n  %4")
                                                   .arg(language, profile).arg(columns).arg(bad.join(QLatin1String("\n  ")))));
        }
    }

    /// Through the printer simulator: the store's receipt encoded for the demo's printer, sent
    /// over TCP, decoded back by the simulator with the code tables the encoder switched to.
    void thePrinterPrintsTheStoresLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("receiptWord");
        QTest::addColumn<QString>("totalWord");
        // The expected words come from the catalogs' translators (resources/translations).
        QTest::newRow("S001 Warszawa") << QStringLiteral("pl") << QStringLiteral("PARAGON") << QStringLiteral("SUMA");
        QTest::newRow("S003 Milano") << QStringLiteral("it") << QStringLiteral("SCONTRINO") << QStringLiteral("TOTALE");
        QTest::newRow("S004 Oslo") << QStringLiteral("nb") << QStringLiteral("KVITTERING") << QStringLiteral("TOTALT");
        QTest::newRow("S005 Moskva") << QStringLiteral("ru") << QStringLiteral("ЧЕК") << QStringLiteral("ИТОГ");
    }
    void thePrinterPrintsTheStoresLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, receiptWord);
        QFETCH(QString, totalWord);
        const Store &store = storeFor(qPrintable(language));
        const ReceiptDocument doc = receiptsOf(store, m_translations).sale(sampleSale(store), QStringLiteral("Anna K."));
        const auto profile = escpos::PrinterProfile::builtIn(QStringLiteral("epson-tm-t20"));
        QVERIFY(profile);
        const QByteArray bytes = escpos::Encoder::encode(doc, profile.value());
        QVERIFY2(bytes.contains(QByteArray("\x1b\x74", 2)), "no code table switch (ESC t) in the receipt");

        const QString cutsBefore = m_printer->lines().filter(QRegularExpression(QStringLiteral("^CUT "))).join(u'|');
        QCOMPARE(m_link.write(bytes), bytes.size());
        QVERIFY(m_link.waitForBytesWritten(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_printer->lines().filter(QRegularExpression(QStringLiteral("^CUT "))).join(u'|') != cutsBefore, 5000);
        const qsizetype from = m_printer->out.size();
        m_printer->send("text");
        QTRY_VERIFY(m_printer->out.mid(from).contains("\nEND"));
        QString paper = QString::fromUtf8(m_printer->out.mid(from));
        paper = paper.mid(paper.lastIndexOf(QString::fromUtf8(store.name))); // this receipt only

        QVERIFY2(paper.contains(QStringLiteral("%1 1207").arg(receiptWord)) || paper.contains(receiptWord), qPrintable(paper));
        QVERIFY2(paper.contains(totalWord), qPrintable(paper));
        for (const char *name : store.products)
            QVERIFY2(paper.contains(QString::fromUtf8(name)), qPrintable(paper));
        // The letters outside ASCII in the store's own names print only through the right code page.
        QString letters = QString::fromUtf8(store.name) + QString::fromUtf8(store.products[0]) + QString::fromUtf8(store.products[1]);
        letters.removeIf([](QChar c) { return c.unicode() < 128; });
        QVERIFY(!letters.isEmpty());
        for (const QChar c : std::as_const(letters))
            QVERIFY2(paper.contains(c), qPrintable(QStringLiteral("'%1' did not survive the code pages:\n%2").arg(c).arg(paper)));
        QVERIFY2(!paper.contains(u'?'), qPrintable(paper)); // nothing the code pages could not carry
        // docs/screenshots/receipt-<language>.png: this receipt alone, as the simulator renders it.
        if (const QString shots = qEnvironmentVariable("OMNIKIOSK_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(saveAlone(bytes, QStringLiteral("%1/receipt-%2.png").arg(shots, language)));
        // Every text of the document is on the paper, as the document says it.
        for (const ReceiptElement &e : doc.elements())
            if (const auto *t = std::get_if<TextLine>(&e); t && !t->text.trimmed().isEmpty())
                QVERIFY2(paper.contains(t->text.trimmed()), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(t->text, paper)));
    }
};

QTEST_GUILESS_MAIN(TestReceiptLanguages)
#include "tst_receiptlanguages.moc"
