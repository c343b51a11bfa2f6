// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pickup.h"

#include <QTest>

using namespace ok;

class TestPickupCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty = refused
        QTest::newRow("as shown") << QStringLiteral("K7Q2-M9XD-4HWT") << QStringLiteral("K7Q2M9XD4HWT");
        QTest::newRow("lower case, spaces") << QStringLiteral(" k7q2 m9xd 4hwt ") << QStringLiteral("K7Q2M9XD4HWT");
        QTest::newRow("one short") << QStringLiteral("K7Q2-M9XD-4HW") << QString();
        QTest::newRow("one long") << QStringLiteral("K7Q2-M9XD-4HWTX") << QString();
        QTest::newRow("zero is not a symbol") << QStringLiteral("K7Q2-M9XD-4HW0") << QString();
        QTest::newRow("letter O is not a symbol") << QStringLiteral("K7Q2-M9XD-4HWO") << QString();
        QTest::newRow("one is not a symbol") << QStringLiteral("K7Q2-M9XD-4HW1") << QString();
        QTest::newRow("I and L are not symbols") << QStringLiteral("K7Q2-M9XD-4HIL") << QString();
        QTest::newRow("punctuation") << QStringLiteral("K7Q2/M9XD/4HWT") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const auto n = pickup::normalize(typed);
        QCOMPARE(n.value_or(QString()), expected);
    }

    void alphabetHasNoConfusableSymbols()
    {
        const QString alphabet = QString::fromLatin1(pickup::kAlphabet);
        QCOMPARE(alphabet.size(), pickup::kAlphabetSize);
        for (QChar c : {QLatin1Char('0'), QLatin1Char('O'), QLatin1Char('1'), QLatin1Char('I'), QLatin1Char('L')})
            QVERIFY2(!alphabet.contains(c), qPrintable(QString(c)));
        QCOMPARE(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), alphabet.size());
    }

    void displayGroupsOfFour()
    {
        QCOMPARE(pickup::display(QStringLiteral("K7Q2M9XD4HWT")), QStringLiteral("K7Q2-M9XD-4HWT"));
        QCOMPARE(pickup::locatorOf(QStringLiteral("K7Q2M9XD4HWT")), QStringLiteral("K7"));
    }

    void verifierIsSlowAndBound()
    {
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        const QString code = QStringLiteral("K7Q2M9XD4HWT");
        const QByteArray v = pickup::verifier(code, salt, pickup::kDefaultIterations);
        QCOMPARE(v.size(), 32);
        QVERIFY(pickup::verify(code, salt, pickup::kDefaultIterations, v));
        QVERIFY(!pickup::verify(QStringLiteral("K7Q2M9XD4HWU"), salt, pickup::kDefaultIterations, v));
        QVERIFY(!pickup::verify(code, QByteArrayLiteral("0123456789abcdeF"), pickup::kDefaultIterations, v));
        // A verifier claiming a cheap derivation is refused, never computed.
        QVERIFY(pickup::verifier(code, salt, 1000).isEmpty());
        QVERIFY(!pickup::verify(code, salt, 1000, v));
    }

    void ed25519MatchesRfc8032()
    {
        // RFC 8032, 7.1, TEST 1 (empty message).
        const QByteArray secret = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        QCOMPARE(pickup::publicKeyOf(secret).toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QCOMPARE(pickup::sign(QByteArray(), secret).toHex(),
                 QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                            "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    }

    void tokenRoundTripAndTamper()
    {
        const QByteArray key = pickup::generatePrivateKey();
        QCOMPARE(key.size(), 32);
        const QByteArray pub = pickup::publicKeyOf(key);
        pickup::Token t{QStringLiteral("S001-CC-100001"), QStringLiteral("S001"), 1'900'000'000, {}};
        t.signature = pickup::sign(pickup::tokenMessage(t.orderId, t.storeId, t.expiresAt), key);
        const QString text = pickup::formatToken(t);
        QVERIFY(pickup::looksLikeToken(text));
        const auto parsed = pickup::parseToken(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->orderId, t.orderId);
        QCOMPARE(parsed->storeId, t.storeId);
        QCOMPARE(parsed->expiresAt, t.expiresAt);
        QVERIFY(pickup::verifyToken(*parsed, pub));

        // Every field is covered by the signature.
        auto other = *parsed;
        other.orderId = QStringLiteral("S001-CC-100002");
        QVERIFY(!pickup::verifyToken(other, pub));
        other = *parsed;
        other.storeId = QStringLiteral("S002");
        QVERIFY(!pickup::verifyToken(other, pub));
        other = *parsed;
        other.expiresAt += 86400;
        QVERIFY(!pickup::verifyToken(other, pub));
        // Another key's signature is not ours.
        QVERIFY(!pickup::verifyToken(*parsed, pickup::publicKeyOf(pickup::generatePrivateKey())));
        QVERIFY(!pickup::verifyToken(*parsed, QByteArray()));
    }

    void malformedTokensAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        const QString sig = QString(86, QLatin1Char('A'));
        QTest::newRow("no prefix") << QStringLiteral("S001-CC-1:S001:1900000000:") + sig;
        QTest::newRow("missing field") << QStringLiteral("OKP1:S001-CC-1:1900000000:") + sig;
        QTest::newRow("extra field") << QStringLiteral("OKP1:S001-CC-1:S001:1900000000:x:") + sig;
        QTest::newRow("bad expiry") << QStringLiteral("OKP1:S001-CC-1:S001:soon:") + sig;
        QTest::newRow("short signature") << QStringLiteral("OKP1:S001-CC-1:S001:1900000000:AAAA");
        QTest::newRow("not base64url") << QStringLiteral("OKP1:S001-CC-1:S001:1900000000:") + QString(86, QLatin1Char('*'));
        QTest::newRow("id with spaces") << QStringLiteral("OKP1:S001 CC:S001:1900000000:") + sig;
        QTest::newRow("empty") << QString();
    }
    void malformedTokensAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!pickup::parseToken(text));
    }
};

QTEST_APPLESS_MAIN(TestPickupCode)
#include "tst_pickupcode.moc"
