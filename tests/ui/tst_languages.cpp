// SPDX-License-Identifier: GPL-3.0-or-later
// The screens' language, as people meet it on the product's own shell (TerminalApp) in a Polish
// store: the home screen speaks the store's language; a customer picks Italian and the visible
// texts change at once, then fall back to Polish when the customer leaves; a staff member who chose
// Norwegian gets Norwegian screens on every sign-in, without losing the page they are on, while
// a colleague gets the store's language. Offscreen.
#include "demo-data/democache.h"
#include "services/config.h"
#include "services/cashdesk.h"
#include "services/staffsession.h"
#include "services/ticket.h"
#include "services/till.h"
#include "services/translations.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "terminalapp.h"
#include "ui/languagecontroller.h"
#include "ui/terminalinfo.h"
#include "quicktest.h"
#include "shelltest.h"
#include "visibletexts.h"

#include <QDateTime>
#include <QSet>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using ok::test::englishOnlyTexts;
using ok::test::visibleTexts;

class TestLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ok::TerminalApp> m_app;
    QQuickWindow *m_window = nullptr;
    ok::Translations m_catalogs;

    QQuickItem *find(const QString &name) { return ok::test::findVisible(m_window->contentItem(), name); }
    QString text(const QString &name, const char *property = "text")
    {
        QQuickItem *item = find(name);
        return item ? item->property(property).toString() : QString();
    }
    /// What the catalog of `language` says for a QML string: the expectation, from the shipped catalogs.
    QString says(const QString &language, const char *context, const char *source)
    {
        return ok::Wording(m_catalogs.catalog(language), language).text(context, source);
    }
    /// No text on screen is the English source of a string the catalog of `language` translates.
    void noEnglishLeftOnScreen(const QString &language)
    {
        static QHash<QString, QSet<QString>> english;
        if (!english.contains(language))
            english.insert(language, englishOnlyTexts(language));
        QStringList shown;
        visibleTexts(m_window->contentItem(), shown);
        QVERIFY(shown.size() > 5);
        QStringList left;
        for (const QString &t : std::as_const(shown))
            if (english.value(language).contains(t))
                left << t;
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English on a %1 screen: %2").arg(language, left.join(QLatin1String(" | ")))));
    }
    void click(const QString &name)
    {
        QQuickItem *item = nullptr;
        QTRY_VERIFY((item = find(name)) != nullptr);
        QTRY_VERIFY(!ok::test::findVisible(m_window->contentItem(), QStringLiteral("stack"))->property("busy").toBool());
        ok::test::clickItem(m_window, item);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("pl_PL")));
        {
            auto db = ok::db::openCache(m_dir.filePath(QStringLiteral("cache.db")), ok::db::Durability::Bulk);
            QVERIFY(db);
            ok::demo::DemoParams p;
            p.products = 200;
            p.now = QDateTime::currentSecsSinceEpoch();
            QVERIFY(ok::demo::generateDemoCatalog(*db.value(), p));
        }
        ok::Config config; // S001, pl_PL: a Polish store
        config.dataDir = m_dir.path();
        config.storeName = QStringLiteral("Warszawa Marszałkowska");
        QVERIFY(config.applyOverride(QStringLiteral("ui.customer_language_reset_s=5")));
        const QString failed = ok::test::startShell(config, {false, false}, m_app, m_window);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void theHomeScreenSpeaksTheStoresLanguage()
    {
        QTRY_VERIFY(find(QStringLiteral("cashierTile")));
        const QString polish = says(QStringLiteral("pl"), "HomeScreen", "Collect an order");
        QVERIFY(polish != QStringLiteral("Collect an order"));
        QCOMPARE(text(QStringLiteral("collectTile"), "title"), polish);
        QCOMPARE(text(QStringLiteral("devicesButton")), says(QStringLiteral("pl"), "HomeScreen", "Devices"));
        QVERIFY(find(QStringLiteral("language_pl"))->property("current").toBool());
        noEnglishLeftOnScreen(QStringLiteral("pl"));
    }

    void aCustomerChoosesTheirLanguageAndItEndsWhenTheyLeave()
    {
        click(QStringLiteral("language_it"));
        QTRY_COMPARE(text(QStringLiteral("collectTile"), "title"), says(QStringLiteral("it"), "HomeScreen", "Collect an order"));
        QCOMPARE(text(QStringLiteral("stockTile"), "subtitle"),
                 says(QStringLiteral("it"), "HomeScreen", "Price and stock here, in other stores and the warehouse"));
        QCOMPARE(text(QStringLiteral("devicesButton")), says(QStringLiteral("it"), "HomeScreen", "Devices"));
        QVERIFY(find(QStringLiteral("language_it"))->property("current").toBool());
        noEnglishLeftOnScreen(QStringLiteral("it"));
        QVERIFY(!find(QStringLiteral("language_pl"))->property("current").toBool());
        // Russian next: the last choice wins, at once.
        click(QStringLiteral("language_ru"));
        QTRY_COMPARE(text(QStringLiteral("collectTile"), "title"), says(QStringLiteral("ru"), "HomeScreen", "Collect an order"));
        // The customer walks away: after [ui] customer_language_reset_s without a touch, Polish again.
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("collectTile"), "title"), says(QStringLiteral("pl"), "HomeScreen", "Collect an order"),
                                  9000);
        QCOMPARE(m_app->terminal().property("storeId").toString(), QStringLiteral("S001"));
    }

    void staffSigningInEndACustomersChoice()
    {
        click(QStringLiteral("language_nb"));
        QTRY_COMPARE(text(QStringLiteral("collectTile"), "title"), says(QStringLiteral("nb"), "HomeScreen", "Collect an order"));
        auto who = m_app->session().signIn(QStringLiteral("E1001"), QStringLiteral("1111"));
        QVERIFY2(who, qPrintable(who ? QString() : who.error().message));
        QTRY_COMPARE(text(QStringLiteral("collectTile"), "title"), says(QStringLiteral("pl"), "HomeScreen", "Collect an order"));
        QVERIFY(!find(QStringLiteral("customerLanguages"))); // staff do not pick for customers
        // And a customer choice is refused while staff are signed in.
        QVERIFY(!ok::LanguageController::instance()->chooseForCustomer(QStringLiteral("it")));
        m_app->session().signOut();
    }

    void aStaffMemberWorksInTheirOwnLanguageOnEverySignIn()
    {
        auto who = m_app->session().signIn(QStringLiteral("E1002"), QStringLiteral("2222"));
        QVERIFY2(who, qPrintable(who ? QString() : who.error().message));
        // On the stock page, the person picks Norwegian in the status bar.
        click(QStringLiteral("stockTile"));
        QTRY_VERIFY(find(QStringLiteral("searchField")));
        ok::test::typeSlowly(m_window, QStringLiteral("mle"));
        const QString typed = text(QStringLiteral("searchField"));
        click(QStringLiteral("staffLanguage"));
        click(QStringLiteral("staffLanguage_nb"));
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("nb"));
        // Same page, same search, Norwegian words.
        QVERIFY(find(QStringLiteral("searchField")));
        QCOMPARE(text(QStringLiteral("searchField")), typed);
        QCOMPARE(text(QStringLiteral("searchField"), "placeholderText"),
                 says(QStringLiteral("nb"), "ProductLookupPage", "Type a name, SKU or barcode — or scan"));
        QCOMPARE(text(QStringLiteral("staffLanguage")), QStringLiteral("NB"));
        noEnglishLeftOnScreen(QStringLiteral("nb"));
        m_app->session().signOut();
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("pl")); // nobody: the store's
        // A colleague gets the store's language ...
        QVERIFY(m_app->session().signIn(QStringLiteral("E1001"), QStringLiteral("1111")));
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("pl"));
        m_app->session().signOut();
        // ... and the person who chose Norwegian gets it again (the choice is kept in ledger.db).
        QVERIFY(m_app->session().signIn(QStringLiteral("E1002"), QStringLiteral("2222")));
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("nb"));
        QCOMPARE(text(QStringLiteral("searchField"), "placeholderText"),
                 says(QStringLiteral("nb"), "ProductLookupPage", "Type a name, SKU or barcode — or scan"));
        QVERIFY(m_app->session().setLanguage(QString())); // forget the choice: back to the store's
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("pl"));
        QVERIFY(!m_app->session().setLanguage(QStringLiteral("de"))); // not a language of this terminal
        m_app->session().signOut();
    }

    /// The language on a staff member's record at the central service (the demo's area manager:
    /// English) is theirs on every terminal; their own choice here overrides it until they forget it.
    void theStaffRecordsLanguageIsTheDefault()
    {
        QVERIFY(m_app->session().signIn(QStringLiteral("E9001"), QStringLiteral("4444")));
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("en"));
        QTRY_COMPARE(text(QStringLiteral("searchField"), "placeholderText"), QStringLiteral("Type a name, SKU or barcode — or scan"));
        QVERIFY(m_app->session().setLanguage(QStringLiteral("ru")));
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("ru"));
        QVERIFY(m_app->session().setLanguage(QString())); // forget the choice: the record's English again
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("en"));
        m_app->session().signOut();
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("pl"));
    }

    /// The staff screens (Devices, Sync) of the Polish store, for a manager who reads Polish.
    /// Leaves them open: the next test starts a terminal of its own.
    void theStaffScreensSpeakTheStoresLanguage()
    {
        QVERIFY(m_app->session().signIn(QStringLiteral("E1003"), QStringLiteral("3333")));
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("pl"));
        click(QStringLiteral("deviceState"));
        QTRY_VERIFY(find(QStringLiteral("deviceList")));
        noEnglishLeftOnScreen(QStringLiteral("pl"));
        click(QStringLiteral("networkState")); // the sync screen opens on top
        QTRY_VERIFY(find(QStringLiteral("syncHealthPanel")));
        noEnglishLeftOnScreen(QStringLiteral("pl"));
        m_app->session().signOut(); // the sale screens below start a new terminal
    }

    /// The sale screen of a Warsaw and an Oslo terminal, each in its store's language and money,
    /// with a ticket in progress (docs/screenshots/sale-pl.png and sale-nb.png are made here).
    void theSaleScreenInTheStoresLanguage_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("cashier");
        QTest::addColumn<QString>("currencyText");
        QTest::newRow("pl") << QStringLiteral("S001") << QStringLiteral("Warszawa Marszałkowska") << QStringLiteral("pl_PL") << QStringLiteral("PLN")
                            << QStringLiteral("PL") << QStringLiteral("E1001") << QStringLiteral("zł");
        QTest::newRow("nb") << QStringLiteral("S004") << QStringLiteral("Oslo Karl Johan") << QStringLiteral("nb_NO") << QStringLiteral("NOK")
                            << QStringLiteral("NO") << QStringLiteral("E4001") << QStringLiteral("kr");
    }
    void theSaleScreenInTheStoresLanguage()
    {
        QFETCH(QString, store);
        QFETCH(QString, name);
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, country);
        QFETCH(QString, cashier);
        QFETCH(QString, currencyText);
        m_window = nullptr;
        m_app.reset();
        QTemporaryDir dir;
        QLocale::setDefault(QLocale(locale));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QList<ok::ProductInfo> products;
        {
            auto db = ok::db::openCache(dir.filePath(QStringLiteral("cache.db")), ok::db::Durability::Bulk);
            QVERIFY(db);
            ok::demo::DemoParams p;
            p.products = 200;
            p.storeId = store;
            p.now = now;
            QVERIFY(ok::demo::generateDemoCatalog(*db.value(), p));
            ok::db::CatalogReader reader(*db.value(), store, locale.left(2));
            for (qint64 id : {3, 7, 12})
                if (auto product = reader.findById(id, now); product && product->price)
                    products << *product;
        }
        QVERIFY(products.size() >= 2);
        ok::Config config;
        config.dataDir = dir.path();
        for (const QString &set : QStringList{QStringLiteral("store.id=") + store, QStringLiteral("store.name=") + name, QStringLiteral("store.locale=") + locale,
                                   QStringLiteral("store.currency=") + currency, QStringLiteral("store.country=") + country})
            QVERIFY(config.applyOverride(set));
        const QString failed = ok::test::startShell(config, {false, false}, m_app, m_window);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        auto who = m_app->session().signIn(cashier, QStringLiteral("1111"));
        QVERIFY2(who, qPrintable(who ? QString() : who.error().message));
        QVERIFY(m_app->till().cashDesk().openShift(who.value(), {{10000, 2}, {5000, 2}}));
        for (const ok::ProductInfo &p : std::as_const(products))
            QVERIFY(m_app->till().ticket().addProduct(p));
        click(QStringLiteral("cashierTile"));
        QTRY_VERIFY(find(QStringLiteral("ticket")));
        QTRY_COMPARE(find(QStringLiteral("ticket"))->property("count").toInt(), products.size());
        const QString language = locale.left(2);
        QCOMPARE(ok::LanguageController::instance()->code(), language);
        QVERIFY(m_window->title().contains(name));
        QTRY_VERIFY(!ok::test::findVisible(m_window->contentItem(), QStringLiteral("stack"))->property("busy").toBool());
        QVERIFY(ok::test::shoot(m_window, QStringLiteral("sale-%1.png").arg(language)));
        noEnglishLeftOnScreen(language);
        m_app->session().signOut();
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
