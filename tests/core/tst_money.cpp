// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/money.h"

#include <QTest>

#include <limits>

using ok::Currency;
using ok::Money;

namespace {

Currency currency(const char *code)
{
    const auto c = Currency::fromCode(QString::fromLatin1(code));
    Q_ASSERT(c);
    return *c;
}

// Expected strings are written with '_' for U+00A0 NO-BREAK SPACE, which Qt 6.4's CLDR data
// uses as the group separator (pl, ru, nb) and between number and symbol.
QString nbsp(const char16_t *text)
{
    return QString::fromUtf16(text).replace(u'_', QChar(0x00A0));
}

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyPresets_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<qint64>("cashIncrement");
        QTest::newRow("PLN") << QStringLiteral("PLN") << true << 2 << qint64(1);
        QTest::newRow("EUR") << QStringLiteral("EUR") << true << 2 << qint64(1);
        QTest::newRow("NOK whole kroner") << QStringLiteral("NOK") << true << 2 << qint64(100);
        QTest::newRow("SEK whole kronor") << QStringLiteral("SEK") << true << 2 << qint64(100);
        QTest::newRow("CZK whole koruna") << QStringLiteral("CZK") << true << 2 << qint64(100);
        QTest::newRow("RUB kopecks") << QStringLiteral("RUB") << true << 2 << qint64(1);
        QTest::newRow("USD") << QStringLiteral("USD") << true << 2 << qint64(1);
        QTest::newRow("GBP") << QStringLiteral("GBP") << true << 2 << qint64(1);
        QTest::newRow("CHF 5 Rappen") << QStringLiteral("CHF") << true << 2 << qint64(5);
        QTest::newRow("lower case") << QStringLiteral("pln") << true << 2 << qint64(1);
        QTest::newRow("unknown") << QStringLiteral("XYZ") << false << 0 << qint64(0);
        QTest::newRow("empty") << QString() << false << 0 << qint64(0);
        QTest::newRow("too long") << QStringLiteral("PLNX") << false << 0 << qint64(0);
    }

    void currencyPresets()
    {
        QFETCH(QString, code);
        QFETCH(bool, known);
        QFETCH(int, exponent);
        QFETCH(qint64, cashIncrement);
        const auto c = Currency::fromCode(code);
        QCOMPARE(c.has_value(), known);
        if (!known)
            return;
        QCOMPARE(c->code, code.toUpper());
        QCOMPARE(c->exponent, exponent);
        QCOMPARE(c->cashIncrement, cashIncrement);
        QVERIFY(c->isValid());
    }

    void validity()
    {
        QVERIFY(!Money().isValid());
        QVERIFY(Money(0, currency("PLN")).isValid());
        QVERIFY(!Money(100, Currency{}).isValid());
        QVERIFY(!Money(100, Currency{QStringLiteral("PL"), 2, 1}).isValid());
        QVERIFY(!Money(100, Currency{QStringLiteral("PLN"), 2, 0}).isValid());
        QVERIFY(!Money(std::numeric_limits<qint64>::min(), currency("PLN")).isValid());
        QCOMPARE(Money(-kMax, currency("PLN")).negated().minor(), kMax);
        QCOMPARE(Money(1234, currency("EUR")).minor(), qint64(1234));
        QCOMPARE(Money(1234, currency("EUR")).currency().code, QStringLiteral("EUR"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("dot") << QStringLiteral("12.34") << QStringLiteral("PLN") << true << qint64(1234);
        QTest::newRow("comma") << QStringLiteral("12,34") << QStringLiteral("PLN") << true << qint64(1234);
        QTest::newRow("one decimal") << QStringLiteral("-0.5") << QStringLiteral("EUR") << true << qint64(-50);
        QTest::newRow("integer") << QStringLiteral("7") << QStringLiteral("NOK") << true << qint64(700);
        QTest::newRow("plus sign") << QStringLiteral("+3.10") << QStringLiteral("EUR") << true << qint64(310);
        QTest::newRow("unicode minus") << QStringLiteral("\u22121,00") << QStringLiteral("NOK") << true << qint64(-100);
        QTest::newRow("surrounding spaces") << QStringLiteral("  4.20 ") << QStringLiteral("PLN") << true << qint64(420);
        QTest::newRow("leading zeros") << QStringLiteral("0007.05") << QStringLiteral("PLN") << true << qint64(705);
        QTest::newRow("minus zero") << QStringLiteral("-0") << QStringLiteral("PLN") << true << qint64(0);
        QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << QStringLiteral("PLN") << true << kMax;
        QTest::newRow("most negative valid") << QStringLiteral("-92233720368547758.07") << QStringLiteral("PLN") << true << -kMax;
        QTest::newRow("overflow by one") << QStringLiteral("92233720368547758.08") << QStringLiteral("PLN") << false << qint64(0);
        QTest::newRow("INT64_MIN is not a valid Money") << QStringLiteral("-92233720368547758.08") << QStringLiteral("PLN") << false << qint64(0);
        QTest::newRow("overflow huge") << QStringLiteral("99999999999999999999999999") << QStringLiteral("PLN") << false << qint64(0);
        QTest::newRow("too many decimals") << QStringLiteral("1.234") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("trailing separator") << QStringLiteral("1.") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("no integer digit") << QStringLiteral(".5") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("grouping rejected") << QStringLiteral("1,234.50") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("space grouping rejected") << QStringLiteral("1 234") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("garbage") << QStringLiteral("abc") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("trailing garbage") << QStringLiteral("12.3x") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("symbol") << QStringLiteral("12 zł") << QStringLiteral("PLN") << false << qint64(0);
        QTest::newRow("double sign") << QStringLiteral("--1") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("sign only") << QStringLiteral("-") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("empty") << QString() << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("exponent 0 currency rejects decimals")
            << QStringLiteral("12.5") << QStringLiteral("JPY0") << false << qint64(0);
        QTest::newRow("exponent 0 currency integer")
            << QStringLiteral("1250") << QStringLiteral("JPY0") << true << qint64(1250);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        // "JPY0": a zero-exponent currency built by hand (not a preset).
        const Currency c = code == u"JPY0" ? Currency{QStringLiteral("JPY"), 0, 1} : *Currency::fromCode(code);
        const auto money = Money::parse(text, c);
        QCOMPARE(money.has_value(), ok);
        if (ok) {
            QCOMPARE(money->minor(), minor);
            QCOMPARE(money->currency(), c);
            QVERIFY(money->isValid());
        }
    }

    void parseRejectsInvalidCurrency()
    {
        QVERIFY(!Money::parse(u"1.00", Currency{}).has_value());
    }

    void arithmetic()
    {
        const Money a(1050, currency("PLN"));
        const Money b(-275, currency("PLN"));
        QCOMPARE(a.plus(b), Money(775, currency("PLN")));
        QCOMPARE(a.minus(b), Money(1325, currency("PLN")));
        QCOMPARE(b.minus(a), Money(-1325, currency("PLN")));
        QCOMPARE(a.negated(), Money(-1050, currency("PLN")));
        QCOMPARE(a.negated().negated(), a);
    }

    void arithmeticRefusesMixedCurrencies()
    {
        const Money pln(100, currency("PLN"));
        const Money eur(100, currency("EUR"));
        QVERIFY(!pln.sameCurrency(eur));
        QVERIFY(!pln.plus(eur).has_value());
        QVERIFY(!pln.minus(eur).has_value());
        QVERIFY(!pln.plus(Money()).has_value());
        QVERIFY(!Money().plus(Money()).has_value());
        QVERIFY(!Money().sameCurrency(Money()));
        // A store override of the cash increment is still the same currency.
        Currency eurCash5 = currency("EUR");
        eurCash5.cashIncrement = 5;
        QVERIFY(eur.sameCurrency(Money(1, eurCash5)));
        QCOMPARE(eur.plus(Money(1, eurCash5))->minor(), qint64(101));
    }

    void arithmeticOverflow()
    {
        const Money max(kMax, currency("EUR"));
        QVERIFY(!max.plus(Money(1, currency("EUR"))).has_value());
        QCOMPARE(max.plus(Money(-1, currency("EUR")))->minor(), kMax - 1);
        const Money min(-kMax, currency("EUR"));
        QVERIFY(!min.minus(Money(1, currency("EUR"))).has_value()); // would be INT64_MIN
        QVERIFY(!min.plus(Money(-2, currency("EUR"))).has_value());
        QVERIFY(!max.minus(min).has_value());
        QCOMPARE(max.plus(min)->minor(), qint64(0));
    }

    void equality()
    {
        QVERIFY(Money(5, currency("PLN")) == Money(5, currency("PLN")));
        QVERIFY(Money(5, currency("PLN")) != Money(6, currency("PLN")));
        QVERIFY(Money(5, currency("PLN")) != Money(5, currency("EUR")));
        QVERIFY(Money(0, currency("PLN")) != Money());
        QVERIFY(Money() == Money());
    }

    void plainString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("positive") << qint64(1234) << 2 << QStringLiteral("12.34");
        QTest::newRow("negative") << qint64(-1234) << 2 << QStringLiteral("-12.34");
        QTest::newRow("zero") << qint64(0) << 2 << QStringLiteral("0.00");
        QTest::newRow("small negative") << qint64(-5) << 2 << QStringLiteral("-0.05");
        QTest::newRow("no grouping") << qint64(123456789) << 2 << QStringLiteral("1234567.89");
        QTest::newRow("largest") << kMax << 2 << QStringLiteral("92233720368547758.07");
        QTest::newRow("most negative") << -kMax << 2 << QStringLiteral("-92233720368547758.07");
        QTest::newRow("exponent 0") << qint64(-1250) << 0 << QStringLiteral("-1250");
        QTest::newRow("exponent 3") << qint64(1005) << 3 << QStringLiteral("1.005");
    }

    void plainString()
    {
        QFETCH(qint64, minor);
        QFETCH(int, exponent);
        QFETCH(QString, expected);
        const Money m(minor, Currency{QStringLiteral("TST"), exponent, 1});
        QCOMPARE(m.toPlainString(), expected);
        // Round trip through parse.
        QCOMPARE(Money::parse(expected, m.currency()), std::optional<Money>(m));
    }

    void plainStringInvalid() { QCOMPARE(Money().toPlainString(), QString()); }

    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("expected");

        // Polish: symbol after, NBSP grouping with CLDR minimum grouping digits 2 (4-digit
        // integers stay ungrouped). Negatives: the locale's minus sign in front, not Qt 6.4's
        // CLDR accounting brackets, which read as a note on a till display.
        QTest::newRow("pl big") << "pl_PL" << "PLN" << qint64(123456789) << nbsp(u"1_234_567,89_zł");
        QTest::newRow("pl big negative") << "pl_PL" << "PLN" << qint64(-123456789) << nbsp(u"-1_234_567,89_zł");
        QTest::newRow("pl 4 digits ungrouped") << "pl_PL" << "PLN" << qint64(123456) << nbsp(u"1234,56_zł");
        QTest::newRow("pl 5 digits grouped") << "pl_PL" << "PLN" << qint64(1234567) << nbsp(u"12_345,67_zł");
        QTest::newRow("pl grosze") << "pl_PL" << "PLN" << qint64(5) << nbsp(u"0,05_zł");
        QTest::newRow("pl zero") << "pl_PL" << "PLN" << qint64(0) << nbsp(u"0,00_zł");
        QTest::newRow("pl foreign EUR") << "pl_PL" << "EUR" << qint64(123456789) << nbsp(u"1_234_567,89_EUR");
        // Italian: dot grouping, minus sign, euro sign after.
        QTest::newRow("it big") << "it_IT" << "EUR" << qint64(123456789) << nbsp(u"1.234.567,89_€");
        QTest::newRow("it big negative") << "it_IT" << "EUR" << qint64(-123456789) << nbsp(u"-1.234.567,89_€");
        QTest::newRow("it 4 digits grouped") << "it_IT" << "EUR" << qint64(123456) << nbsp(u"1.234,56_€");
        QTest::newRow("it cents") << "it_IT" << "EUR" << qint64(-99) << nbsp(u"-0,99_€");
        // Russian: NBSP grouping from 4 digits, ruble sign after, minus sign.
        QTest::newRow("ru big") << "ru_RU" << "RUB" << qint64(123456789) << nbsp(u"1_234_567,89_₽");
        QTest::newRow("ru big negative") << "ru_RU" << "RUB" << qint64(-123456789) << nbsp(u"-1_234_567,89_₽");
        QTest::newRow("ru 4 digits") << "ru_RU" << "RUB" << qint64(123456) << nbsp(u"1_234,56_₽");
        // Norwegian Bokmål: "kr" before the amount, minus sign before that.
        QTest::newRow("nb big") << "nb_NO" << "NOK" << qint64(123456789) << nbsp(u"kr_1_234_567,89");
        QTest::newRow("nb big negative") << "nb_NO" << "NOK" << qint64(-123456789) << nbsp(u"\u2212kr_1_234_567,89") /* nb uses U+2212 MINUS SIGN */;
        QTest::newRow("nb small") << "nb_NO" << "NOK" << qint64(4990) << nbsp(u"kr_49,90");
        QTest::newRow("nb foreign EUR") << "nb_NO" << "EUR" << qint64(4990) << nbsp(u"EUR_49,90");
        // English: symbol before, comma grouping, dot decimals, minus sign first.
        QTest::newRow("en_GB big") << "en_GB" << "GBP" << qint64(123456789) << QStringLiteral("£1,234,567.89");
        QTest::newRow("en_GB big negative") << "en_GB" << "GBP" << qint64(-123456789) << QStringLiteral("-£1,234,567.89");
        QTest::newRow("en_GB foreign EUR gets a space") << "en_GB" << "EUR" << qint64(1234) << nbsp(u"EUR_12.34");
        QTest::newRow("en_GB foreign PLN negative") << "en_GB" << "PLN" << qint64(-1234) << nbsp(u"-PLN_12.34");
        QTest::newRow("en_US big") << "en_US" << "USD" << qint64(123456789) << QStringLiteral("$1,234,567.89");
        QTest::newRow("en_US big negative") << "en_US" << "USD" << qint64(-123456789) << QStringLiteral("-$1,234,567.89");
        QTest::newRow("en_US cents") << "en_US" << "USD" << qint64(7) << QStringLiteral("$0.07");
        QTest::newRow("en_US largest")
            << "en_US" << "USD" << kMax << QStringLiteral("$92,233,720,368,547,758.07");
    }

    void format()
    {
        QFETCH(QString, locale);
        QFETCH(QString, code);
        QFETCH(qint64, minor);
        QFETCH(QString, expected);
        QCOMPARE(ok::formatMoney(Money(minor, *Currency::fromCode(code)), QLocale(locale)), expected);
    }

    void formatInvalid() { QCOMPARE(ok::formatMoney(Money(), QLocale(QStringLiteral("pl_PL"))), QString()); }

    void cashRounding_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("NOK 123.49 → 123") << "NOK" << qint64(12349) << qint64(12300);
        QTest::newRow("NOK 123.50 → 124") << "NOK" << qint64(12350) << qint64(12400);
        QTest::newRow("NOK 123.00 stays") << "NOK" << qint64(12300) << qint64(12300);
        QTest::newRow("NOK refund -123.50 → -124") << "NOK" << qint64(-12350) << qint64(-12400);
        QTest::newRow("NOK refund -123.49 → -123") << "NOK" << qint64(-12349) << qint64(-12300);
        QTest::newRow("NOK 0.49 → 0") << "NOK" << qint64(49) << qint64(0);
        QTest::newRow("SEK 99.50 → 100") << "SEK" << qint64(9950) << qint64(10000);
        QTest::newRow("CZK 19.90 → 20") << "CZK" << qint64(1990) << qint64(2000);
        QTest::newRow("CHF 1.02 → 1.00") << "CHF" << qint64(102) << qint64(100);
        QTest::newRow("CHF 1.03 → 1.05") << "CHF" << qint64(103) << qint64(105);
        QTest::newRow("CHF 1.07 → 1.05") << "CHF" << qint64(107) << qint64(105);
        QTest::newRow("PLN unchanged") << "PLN" << qint64(12349) << qint64(12349);
        QTest::newRow("EUR unchanged") << "EUR" << qint64(-1) << qint64(-1);
    }

    void cashRounding()
    {
        QFETCH(QString, code);
        QFETCH(qint64, minor);
        QFETCH(qint64, expected);
        const Money rounded = ok::cashRounded(Money(minor, *Currency::fromCode(code)));
        QVERIFY(rounded.isValid());
        QCOMPARE(rounded.minor(), expected);
        QCOMPARE(rounded.currency().code, code);
    }

    void cashRoundingEdges()
    {
        // Store override: euro cash rounded to 5 cents (NL, FI, IT practice).
        Currency eur5 = *Currency::fromCode(u"EUR");
        eur5.cashIncrement = 5;
        QCOMPARE(ok::cashRounded(Money(1997, eur5)).minor(), qint64(1995));
        QCOMPARE(ok::cashRounded(Money(1998, eur5)).minor(), qint64(2000));
        QVERIFY(!ok::cashRounded(Money()).isValid());
        // Rounding up past INT64_MAX cannot be represented: with a 10.00 increment,
        // ...758.07 rounds up to ...760.00. (With the presets' increments INT64_MAX rounds down.)
        QVERIFY(!ok::cashRounded(Money(kMax, Currency{QStringLiteral("TST"), 2, 1000})).isValid());
        QCOMPARE(ok::cashRounded(Money(kMax, *Currency::fromCode(u"NOK"))).minor(), kMax - 7);
        // kMax - 57 = ...757.50 NOK rounds up to ...758.00 = kMax - 7
        QCOMPARE(ok::cashRounded(Money(kMax - 57, *Currency::fromCode(u"NOK"))).minor(), kMax - 7);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
