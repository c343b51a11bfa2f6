// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogs: complete (the CI guard: lupdate over today's sources leaves nothing
// unfinished, missing or vanished, and every translation keeps its source's placeholders), plural
// forms as Polish and Russian count, a broken catalog falls back to English with one warning, and
// the screens' language switches under a running QML engine.

#include "core/language.h"
#include "services/config.h"
#include "services/translations.h"
#include "../tools/tsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace ok;
using ok::test::Message;
using ok::test::readTs;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured().remove(u'L');
    out.sort();
    out.removeDuplicates();
    return out;
}

int pluralForms(const QString &language)
{
    return language.startsWith(u"pl") || language.startsWith(u"ru") ? 3 : 2;
}

/// Polish: 1 | 2-4, 22-24 … (not 12-14) | everything else. Russian: 1, 21, 31 … (not 11) |
/// 2-4, 22-24 … (not 12-14) | everything else. Written out here, independent of Qt's rules.
int expectedForm(const QString &language, int n)
{
    const int ones = n % 10, tens = n % 100;
    if (language == u"pl")
        return n == 1 ? 0 : (ones >= 2 && ones <= 4 && (tens < 12 || tens > 14)) ? 1 : 2;
    return (ones == 1 && tens != 11) ? 0 : (ones >= 2 && ones <= 4 && (tens < 12 || tens > 14)) ? 1 : 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QMap<QString, QList<Message>> m_updated; ///< language → the catalog as lupdate leaves it today

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(p.readAll()));
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The lupdate project that `update_translations` uses, and lupdate on copies of the
        // catalogs, keeping entries that left the code (no -no-obsolete): they show as vanished.
        const QString json = m_dir.filePath(QStringLiteral("project.json"));
        QString err = run(QStringLiteral(CMAKE_COMMAND), {QStringLiteral("-DIN_FILE=" LUPDATE_PROJECT ".cmake"), QStringLiteral("-DOUT_FILE=") + json,
                                                          QStringLiteral("-P"), QStringLiteral(GENERATE_LUPDATE_PROJECT)});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QStringList copies;
        for (const QString &l : languageCodes()) {
            const QString copy = m_dir.filePath(QStringLiteral("omnikiosk_%1.ts").arg(l));
            QVERIFY(QFile::copy(QStringLiteral(TS_DIR "/omnikiosk_%1.ts").arg(l), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            if (l != u"en")
                copies << copy;
        }
        const QStringList common = {QStringLiteral("-project"), json, QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
                                    QStringLiteral("-silent")};
        err = run(QStringLiteral(LUPDATE), common + QStringList{QStringLiteral("-ts")} + copies);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = run(QStringLiteral(LUPDATE), common + QStringList{QStringLiteral("-pluralonly"), QStringLiteral("-ts"), m_dir.filePath(QStringLiteral("omnikiosk_en.ts"))});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        for (const QString &l : languageCodes()) {
            QString language;
            m_updated.insert(l, readTs(m_dir.filePath(QStringLiteral("omnikiosk_%1.ts").arg(l)), &language));
            QVERIFY2(language.startsWith(l), qPrintable(language));
        }
    }

    /// The CI guard: every string a person sees is translated in every language, and no entry
    /// is left for a string the code no longer has.
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : languageCodes())
            QTest::newRow(qPrintable(l)) << l;
    }
    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Message> &messages = m_updated.value(language);
        QVERIFY(language == u"en" || messages.size() > 600);
        QStringList problems;
        for (const Message &m : messages) {
            const QString what = QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(70));
            if (m.type == u"unfinished")
                problems << QStringLiteral("unfinished or missing: ") + what;
            else if (m.type == u"vanished" || m.type == u"obsolete")
                problems << QStringLiteral("no longer in the code (run scripts/update-translations): ") + what;
            else if (m.numerus && (m.forms.size() != pluralForms(language) || m.forms.contains(QString())))
                problems << QStringLiteral("needs %1 plural forms: ").arg(pluralForms(language)) + what;
            else if (!m.numerus && m.forms.value(0).trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + what;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in omnikiosk_%2.ts; run scripts/update-translations and translate "
                                                               "(docs/translations.md):\n  %3")
                                                    .arg(problems.size()).arg(language, problems.mid(0, 30).join(QLatin1String("\n  ")))));
    }

    /// "%1 of %2" must not lose or invent a placeholder: an argument would vanish from the screen
    /// or the text would show a raw "%3".
    void translationsKeepTheirPlaceholders_data() { everyStringIsTranslated_data(); }
    void translationsKeepTheirPlaceholders()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const Message &m : m_updated.value(language)) {
            const QStringList want = placeholders(m.source);
            for (const QString &form : m.forms)
                if (!form.isEmpty() && placeholders(form) != want)
                    problems << QStringLiteral("%1 \"%2\" → \"%3\"").arg(m.context, m.source, form);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n  "))));
    }

    /// Polish and Russian count in three forms; the compiled catalogs choose as the languages do.
    void pluralFormsCountRight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        for (const char *l : {"pl", "ru"})
            for (int n : {1, 2, 5, 11, 12, 21, 22, 25, 112, 122})
                QTest::addRow("%s %d", l, n) << QString::fromLatin1(l) << n;
    }
    void pluralFormsCountRight()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        Translations translations;
        const Wording words(translations.catalog(language), language);
        int checked = 0;
        for (const Message &m : m_updated.value(language)) {
            if (!m.numerus)
                continue;
            const QString got = words.text(qPrintable(m.context), qPrintable(m.source), nullptr, n);
            QString want = m.forms.value(expectedForm(language, n));
            want.replace(QLatin1String("%n"), QString::number(n));
            QCOMPARE(got, want);
            ++checked;
        }
        QVERIFY(checked >= 8);
        // And the forms are really different words, not one form copied three times.
        const QString minutes1 = words.text("ok::StaffAuth", "%n minute(s)", nullptr, 1);
        const QString minutes2 = words.text("ok::StaffAuth", "%n minute(s)", nullptr, 2);
        const QString minutes5 = words.text("ok::StaffAuth", "%n minute(s)", nullptr, 5);
        QVERIFY(minutes1.mid(2) != minutes2.mid(2) && minutes2.mid(2) != minutes5.mid(2) && minutes1.mid(2) != minutes5.mid(2));
    }

    void englishSaysOneItemNotItems()
    {
        Translations translations;
        const Wording english(translations.catalog(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(english.text("ok::StaffAuth", "%n minute(s)", nullptr, 1), QStringLiteral("1 minute"));
        QCOMPARE(english.text("ok::StaffAuth", "%n minute(s)", nullptr, 2), QStringLiteral("2 minutes"));
        QCOMPARE(english.text("ok::Ticket", "%n item(s), %1", nullptr, 21), QStringLiteral("21 items, %1"));
    }

    void aBrokenCatalogFallsBackToEnglishWithOneWarning()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("omnikiosk_pl.qm")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not a Qt translation catalog");
        bad.close();
        Translations translations(dir.path());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("omnikiosk_pl\\.qm is not a readable translation catalog.*English")));
        QVERIFY(!translations.catalog(QStringLiteral("pl")));
        QVERIFY(!translations.catalog(QStringLiteral("pl"))); // once: no second warning (ignoreMessage would fail the test)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("omnikiosk_nb\\.qm is missing.*English")));
        const Wording words(translations.catalog(QStringLiteral("nb")), QStringLiteral("nb"));
        QCOMPARE(words.text("ok::Receipts", "TOTAL"), QStringLiteral("TOTAL")); // English, never empty
        QVERIFY(!translations.catalog(QStringLiteral("xx")));
    }

    void anUnknownLanguageIsAConfigurationError()
    {
        auto c = Config::parse(QStringLiteral("[store]\nlanguage = de\n"), QStringLiteral("omnikiosk.ini"));
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(QLatin1String("language")) && c.error().message.contains(QLatin1String("omnikiosk.ini:2")),
                 qPrintable(c.error().message));
        c = Config::parse(QStringLiteral("[ui]\ncustomer_languages = pl, en, klingon\n"), QStringLiteral("omnikiosk.ini"));
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(QLatin1String("customer_languages")) && c.error().message.contains(QLatin1String("klingon")),
                 qPrintable(c.error().message));
        c = Config::parse(QStringLiteral("[store]\nlocale = nb_NO\n[ui]\ncustomer_languages = nb, en\n"), QStringLiteral("omnikiosk.ini"));
        QVERIFY(c);
        QCOMPARE(c.value().storeLanguage(), QStringLiteral("nb"));
        QCOMPARE(c.value().customerLanguages, (QStringList{QStringLiteral("nb"), QStringLiteral("en")}));
    }

    /// The screens' path: an installed catalog and QQmlEngine::retranslate() change a qsTr()
    /// binding in place.
    void aQmlBindingFollowsTheInstalledCatalog()
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQml\nQtObject { property string text: qsTranslate(\"HomeScreen\", \"Collect an order\") }", QUrl());
        std::unique_ptr<QObject> item(component.create());
        QVERIFY2(item, qPrintable(component.errorString()));
        QCOMPARE(item->property("text").toString(), QStringLiteral("Collect an order"));
        Translations translations;
        auto it = translations.catalog(QStringLiteral("it"));
        QVERIFY(it);
        QCoreApplication::installTranslator(it.get());
        engine.retranslate();
        const QString italian = item->property("text").toString();
        QCoreApplication::removeTranslator(it.get());
        engine.retranslate();
        QVERIFY2(italian != QStringLiteral("Collect an order") && !italian.isEmpty(), qPrintable(italian));
        QCOMPARE(item->property("text").toString(), QStringLiteral("Collect an order"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
