// SPDX-License-Identifier: GPL-3.0-or-later
// The QML shell driven as a person would: open the stock screen, type a search, scan a barcode
// with a keyboard wedge, scan a damaged barcode; a product name that is markup shows as text.
// The shell is the product's own (TerminalApp). Offscreen; saves screenshots to
// $OMNIKIOSK_SCREENSHOT_DIR when set (docs/screenshots are made this way).
#include "demo-data/democache.h"
#include "services/config.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "terminalapp.h"
#include "ui/terminalinfo.h"
#include "quicktest.h"
#include "shelltest.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

class TestShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ok::TerminalApp> m_app;
    QQuickWindow *m_window = nullptr;
    QString m_knownBarcode;
    QString m_knownName;

    QQuickItem *find(const char *name)
    {
        QQuickItem *item = ok::test::findVisible(m_window->contentItem(), QLatin1String(name));
        if (!item)
            qWarning("no visible item named %s", name);
        return item;
    }

    void shoot(const QString &name)
    {
        QTRY_VERIFY(!prop("stack", "busy").toBool()); // page transitions finished
        QVERIFY(ok::test::shoot(m_window, name));
    }

    QVariant prop(const char *name, const char *property)
    {
        QQuickItem *item = ok::test::findVisible(m_window->contentItem(), QLatin1String(name));
        return item ? item->property(property) : QVariant();
    }

    void typeSlowly(const QString &text) { ok::test::typeSlowly(m_window, text); }

    /// Keys sent by a keyboard-wedge scanner: a fast burst ended by Enter.
    void scan(const QString &code)
    {
        for (QChar c : code)
            QTest::keyClick(m_window, c.toLatin1(), Qt::NoModifier, 2);
        QTest::keyClick(m_window, Qt::Key_Return, Qt::NoModifier, 2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("pl_PL")));
        const QString cachePath = m_dir.filePath(QStringLiteral("cache.db"));
        {
            auto db = ok::db::openCache(cachePath, ok::db::Durability::Bulk);
            QVERIFY(db);
            ok::demo::DemoParams p;
            p.products = 400;
            p.now = QDateTime::currentSecsSinceEpoch();
            QVERIFY(ok::demo::generateDemoCatalog(*db.value(), p));
            ok::db::CatalogReader reader(*db.value(), QStringLiteral("S001"), QStringLiteral("en") /* the store language the test sets */);
            auto product = reader.findById(7, p.now);
            QVERIFY(product);
            m_knownBarcode = product->barcode;
            m_knownName = product->name;
            // A product whose name is markup, as a hostile catalog could send it.
            ok::db::Transaction tx(*db.value());
            ok::db::CatalogWriter w(*db.value());
            ok::db::CatalogWriter::Product evil;
            evil.id = 900001;
            evil.sku = QStringLiteral("EVIL-1");
            evil.taxClass = reader.findById(7, p.now)->taxCode;
            evil.unit = QStringLiteral("piece");
            evil.names = {{QStringLiteral("en"), QStringLiteral("<b>Zzmarkup</b> <img src=\"file:///etc/passwd\">")}};
            evil.barcodes = {QStringLiteral("5900000900017")};
            QVERIFY(w.upsertProduct(evil));
            // ... and a staff member whose name is markup.
            auto staff = db.value()->prepare("INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier) "
                                             "VALUES('E666', '<i>Zzevil</i> <img src=\"x\">', 'cashier', 'S001', x'00', 10000, x'00')");
            QVERIFY(staff && staff.value().exec());
            QVERIFY(tx.commit());
        }
        ok::Config config;
        config.dataDir = m_dir.path();
        config.language = QStringLiteral("en"); // the words this test reads; money stays Polish
        // One device that cannot be reached: the shell must say so, not hide it.
        QVERIFY(config.applyOverride(QStringLiteral("device.card.role=payment")));
        QVERIFY(config.applyOverride(QStringLiteral("device.card.transport=tcp")));
        QVERIFY(config.applyOverride(QStringLiteral("device.card.port=127.0.0.1:9")));
        config.storeName = QStringLiteral("Warszawa Marszałkowska");
        const QString failed = ok::test::startShell(config, {true, false}, m_app, m_window);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QTRY_COMPARE(m_app->terminal().productCount(), 401);
    }

    void homeShowsRolesAndOnlyRealOnesAreEnabled()
    {
        QVERIFY(find("stockTile"));
        QVERIFY(find("stockTile")->isEnabled());
        QVERIFY(find("cashierTile") && find("collectTile") && find("clock"));
        // Every role is built: the customer's pickup opens without sign-in.
        QVERIFY(find("cashierTile")->isEnabled());
        QVERIFY(find("collectTile")->isEnabled());
        QVERIFY(find("clock")->property("text").toString().size() >= 4);
        shoot(QStringLiteral("home.png"));
    }

    void typingSearchesAsYouType()
    {
        QQuickItem *tile = find("stockTile");
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier,
                          tile->mapToScene(QPointF(tile->width() / 2, tile->height() / 2)).toPoint());
        QTRY_VERIFY(find("searchField"));
        QQuickItem *field = find("searchField");
        QTRY_VERIFY(field->hasActiveFocus());
        const QString word = m_knownName.section(QLatin1Char(' '), 0, 0).left(4).toLower();
        // Type a folded prefix of the known product's first word (e.g. "mydl" for "Mydło").
        QString folded;
        for (QChar c : word) {
            const QString d = QString(c).normalized(QString::NormalizationForm_D);
            folded += c == QChar(0x142) ? QLatin1Char('l') : d.at(0);
        }
        typeSlowly(folded);
        QCOMPARE(field->property("text").toString(), folded);
        QQuickItem *list = find("resultList");
        QVERIFY(list);
        QTRY_VERIFY(list->property("count").toInt() > 0);
        shoot(QStringLiteral("lookup-search.png"));
    }

    void scanSelectsProductAndLeavesTheFieldAlone()
    {
        QQuickItem *field = find("searchField");
        const QString before = field->property("text").toString();
        scan(m_knownBarcode);
        QTRY_COMPARE(prop("detailName", "text").toString(), m_knownName);
        QCOMPARE(field->property("text").toString(), before); // the scan did not land in the field
        QVERIFY(!prop("detailPrice", "text").toString().isEmpty());
        QTRY_VERIFY(prop("stockList", "count").toInt() > 0);
        shoot(QStringLiteral("lookup-scan.png"));
    }

    void damagedBarcodeIsReportedNotGuessed()
    {
        QString bad = m_knownBarcode;
        bad[12] = QChar('0' + (bad[12].digitValue() + 1) % 10);
        scan(bad);
        QTRY_VERIFY(prop("lookupMessage", "text").toString().contains(QLatin1String("check digit")));
        QCOMPARE(prop("resultList", "count").toInt(), 0);
    }

    /// Every visible text item below the window whose text contains `marker`.
    QList<QQuickItem *> textsContaining(const QString &marker)
    {
        QList<QQuickItem *> out;
        const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (!item->isVisible())
                return;
            if (item->inherits("QQuickText") && item->property("text").toString().contains(marker))
                out << item;
            for (QQuickItem *child : item->childItems())
                walk(child);
        };
        walk(m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem());
        return out;
    }

    void markupInDataIsShownAsText()
    {
        QQuickItem *field = find("searchField");
        QVERIFY(field);
        field->setProperty("text", QString());
        QTRY_COMPARE(prop("resultList", "count").toInt(), 0);
        typeSlowly(QStringLiteral("zzmarkup"));
        QTRY_COMPARE(prop("resultList", "count").toInt(), 1);
        // Every text item on screen is plain text: the name's tags are characters, not markup.
        const auto checkPlain = [](const QList<QQuickItem *> &texts) {
            QVERIFY(!texts.isEmpty());
            for (QQuickItem *t : texts)
                QVERIFY2(t->property("textFormat").toInt() == 0 /* Text.PlainText */,
                         qPrintable(QStringLiteral("%1 shows \"%2\" as markup")
                                        .arg(QString::fromLatin1(t->metaObject()->className()), t->property("text").toString())));
        };
        checkPlain(textsContaining(QStringLiteral("<b>")));
        // Names on buttons too: the staff sign-in lists a name that is markup.
        find("backButton") ? ok::test::clickItem(m_window, find("backButton")) : void();
        QTRY_VERIFY(find("cashierTile"));
        QTRY_VERIFY(!prop("stack", "busy").toBool());
        ok::test::clickItem(m_window, find("cashierTile"));
        QTRY_VERIFY(find("staff_E666"));
        checkPlain(textsContaining(QStringLiteral("<i>")));
        ok::test::clickItem(m_window, find("signInBack"));
        QTRY_VERIFY(find("stockTile"));
    }

    void deviceStateIsVisibleAndTheDevicesNeedAStaffMember()
    {
        QCOMPARE(prop("deviceState", "text").toString(), QStringLiteral("Devices 0/1 online"));
        QQuickItem *label = find("deviceState");
        QVERIFY(label);
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier,
                          label->mapToScene(QPointF(label->width() / 2, label->height() / 2)).toPoint());
        QTRY_VERIFY(find("staffGrid"));
        QVERIFY(!find("deviceList"));
        QTRY_VERIFY(!prop("stack", "busy").toBool());
        QQuickItem *root = m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem();
        ok::test::signInOnScreen(m_window, root, QStringLiteral("E1001"), QStringLiteral("1111"));
        QTRY_COMPARE(prop("deviceList", "count").toInt(), 1);
        shoot(QStringLiteral("devices.png"));
    }

    void onlyTheOwnerReadsTheDataDirectory()
    {
        // Last: it replaces the terminal of the cases above. A data directory made by hand with
        // the default umask (0755), and one the terminal makes itself: both end up 0700, the
        // databases in them 0600.
        m_app.reset();
        QTemporaryDir parent;
        const QString byHand = parent.filePath(QStringLiteral("by-hand"));
        QVERIFY(QDir().mkpath(byHand));
        QVERIFY(QFile::setPermissions(byHand, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &dir : {byHand, parent.filePath(QStringLiteral("new/data"))}) {
            ok::Config config;
            config.dataDir = dir;
            auto app = ok::TerminalApp::create(config, {false, false});
            QVERIFY2(app, qPrintable(app ? QString() : app.error().message));
            const auto perms = QFileInfo(dir).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
            QCOMPARE(perms, ownerOnly | QFileDevice::ExeOwner);
            for (const char *f : {"ledger.db", "cache.db"})
                QCOMPARE(QFileInfo(dir + QLatin1Char('/') + QLatin1String(f)).permissions()
                             & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                         ownerOnly);
        }
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
