// SPDX-License-Identifier: GPL-3.0-or-later
// The QML shell driven as a person would: open the stock screen, type a search, scan a barcode
// with a keyboard wedge, scan a damaged barcode. Offscreen; saves screenshots to
// $OMNIKIOSK_SCREENSHOT_DIR when set (docs/screenshots are made this way).
#include "services/catalogservice.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "storage/catalog.h"
#include "demo-data/democache.h"
#include "storage/stores.h"
#include "ui/keyboardwedge.h"
#include "ui/terminalinfo.h"
#include "posstack.h"
#include "quicktest.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(OmnikioskPlugin)

class TestShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ok::CatalogService> m_catalog;
    ok::DeviceManager m_devices;
    std::unique_ptr<ok::TerminalInfo> m_terminal;
    std::unique_ptr<ok::test::PosStack> m_pos;
    std::unique_ptr<ok::KeyboardWedge> m_wedge;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
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
        const QString dir = qEnvironmentVariable("OMNIKIOSK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(m_window->grabWindow().save(dir + QLatin1Char('/') + name));
    }

    QVariant prop(const char *name, const char *property)
    {
        QQuickItem *item = ok::test::findVisible(m_window->contentItem(), QLatin1String(name));
        return item ? item->property(property) : QVariant();
    }

    /// Keys typed by a person: far enough apart that the wedge treats them as typing.
    void typeSlowly(const QString &text)
    {
        for (QChar c : text)
            QTest::keyClick(m_window, c.toLatin1(), Qt::NoModifier, 90);
        QTest::qWait(80);
    }

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
            ok::db::CatalogReader reader(*db.value(), QStringLiteral("S001"), QStringLiteral("pl"));
            auto product = reader.findById(7, p.now);
            QVERIFY(product);
            m_knownBarcode = product->barcode;
            m_knownName = product->name;
        }
        ok::Config config;
        config.dataDir = m_dir.path();
        // One device that cannot be reached: the shell must say so, not hide it.
        QVERIFY(config.applyOverride(QStringLiteral("device.card.role=payment")));
        QVERIFY(config.applyOverride(QStringLiteral("device.card.transport=tcp")));
        QVERIFY(config.applyOverride(QStringLiteral("device.card.port=127.0.0.1:9")));
        m_devices.start(config.devices);
        config.storeName = QStringLiteral("Warszawa Marszałkowska");
        m_catalog = std::make_unique<ok::CatalogService>(cachePath, config.storeId, QStringLiteral("pl"));
        QVERIFY(m_catalog->start());
        m_terminal = std::make_unique<ok::TerminalInfo>(config, m_catalog.get(), &m_devices, QString());
        m_terminal->setProductCount(400);
        ok::TerminalInfo::setInstance(m_terminal.get());
        m_pos = std::make_unique<ok::test::PosStack>(m_dir.path(), m_catalog.get(), &m_devices);
        m_wedge = std::make_unique<ok::KeyboardWedge>(50, 6);
        ok::KeyboardWedge::setInstance(m_wedge.get());
        qApp->installEventFilter(m_wedge.get());

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Omnikiosk/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void homeShowsRolesAndOnlyRealOnesAreEnabled()
    {
        QVERIFY(find("stockTile"));
        QVERIFY(find("stockTile")->isEnabled());
        QVERIFY(find("cashierTile") && find("collectTile") && find("clock"));
        // Cashier and pickup are not built yet: visible, but they must not open a fake screen.
        QVERIFY(find("cashierTile")->isEnabled());
        QVERIFY(!find("collectTile")->isEnabled());
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

    void deviceStateIsVisibleAndListed()
    {
        QCOMPARE(prop("deviceState", "text").toString(), QStringLiteral("Devices 0/1 online"));
        QQuickItem *label = find("deviceState");
        QVERIFY(label);
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier,
                          label->mapToScene(QPointF(label->width() / 2, label->height() / 2)).toPoint());
        QTRY_COMPARE(prop("deviceList", "count").toInt(), 1);
        shoot(QStringLiteral("devices.png"));
    }

    void cleanupTestCase()
    {
        qApp->removeEventFilter(m_wedge.get());
        m_engine.reset();
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
