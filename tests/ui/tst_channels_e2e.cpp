// SPDX-License-Identifier: GPL-3.0-or-later
// One truth across channels end to end (docs/channels.md), as staff in the store live it: the
// kiosk's own composition (TerminalApp with its QML shell) against the real central service
// (mutual TLS on loopback), the 2D scanner and the receipt printer simulators.
//
// A cashier finds a variant article by typing part of its name (the best match first), sees the
// size × colour grid, the stock everywhere marked live and what the web shop can sell, and holds a
// piece for a customer: the central service has the hold and sells one less on the web. On the
// Store desk the customer's loyalty card is scanned, their delivered web order opened and one
// piece returned: the central service records the refund. At the till the card goes on the sale,
// points pay part of it, cash the rest: the central service has the redemption and, once the sale
// is pushed, one earn for it. Three screens are checked for English left in Norwegian, Italian
// and Russian. Offscreen; saves screenshots to $OMNIKIOSK_SCREENSHOT_DIR when set (docs/screenshots).
#include "centralprocess.h"
#include "kiosksync.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/salecommitter.h"
#include "services/staffsession.h"
#include "services/ticket.h"
#include "services/till.h"
#include "services/translations.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"
#include "terminalapp.h"
#include "ui/languagecontroller.h"
#include "quicktest.h"
#include "visibletexts.h"

#include <QAbstractItemModel>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../tools/simprocess.h"

namespace {

using ok::test::englishOnlyTexts;
using ok::test::visibleTexts;

/// The lines of a central admin command's output that start with `prefix`, simplified.
QStringList linesOf(const QString &out, const QString &prefix)
{
    QStringList lines;
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            lines << line.simplified();
    return lines;
}

} // namespace

class TestChannelsEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ok::test::CentralProcess> m_central;
    std::unique_ptr<SimProcess> m_scannerSim;
    std::unique_ptr<SimProcess> m_printerSim;
    std::unique_ptr<ok::TerminalApp> m_app;
    QQuickWindow *m_window = nullptr;
    ok::Translations m_catalogs;
    ok::test::CentralProcess::Customer m_customer; ///< a demo customer of this store (S001)
    ok::ProductInfo m_product;                      ///< the variant chosen on the stock screen

    QQuickItem *root() { return m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem(); }
    /// Visible items of the window and of open popups (they live on the window's overlay).
    QQuickItem *find(const QString &name) { return ok::test::findVisible(root(), name); }
    QQuickItem *find(const char *name) { return find(QLatin1String(name)); }
    QList<QQuickItem *> findAll(const char *name)
    {
        QList<QQuickItem *> out;
        ok::test::findAllVisible(root(), QLatin1String(name), out);
        return out;
    }
    /// The scene is still: no new frame for 100 ms (layouts polished, popups and pages placed).
    void settle()
    {
        QSignalSpy frames(m_window, &QQuickWindow::frameSwapped);
        for (int i = 0; i < 30 && frames.wait(100); ++i) {
        }
    }
    /// A tap where the item is drawn once the scene is still (a layout polished after a text
    /// change, a popup's enter transition over), and inside the window, as a person taps.
    void click(QQuickItem *item)
    {
        QVERIFY(item);
        settle();
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QVERIFY2(QRectF(0, 0, m_window->width(), m_window->height()).contains(centre),
                 qPrintable(QStringLiteral("%1 is off the screen at %2,%3").arg(item->objectName()).arg(centre.x()).arg(centre.y())));
        ok::test::clickItem(m_window, item);
    }
    void typeSlowly(const QString &text) { ok::test::typeSlowly(m_window, text); }
    bool stackIdle() { return find("stack") && !find("stack")->property("busy").toBool(); }
    void shoot(const QString &name)
    {
        QTRY_VERIFY(stackIdle());
        QVERIFY(ok::test::shoot(m_window, name));
    }
    QString says(const QString &language, const char *context, const char *source)
    {
        return ok::Wording(m_catalogs.catalog(language), language).text(context, source);
    }
    /// No visible text is the English source of a string the catalog of `language` translates.
    void noEnglishLeftOnScreen(const QString &language)
    {
        static QHash<QString, QSet<QString>> english;
        if (!english.contains(language))
            english.insert(language, englishOnlyTexts(language));
        QStringList shown;
        visibleTexts(root(), shown);
        QVERIFY(shown.size() > 5);
        QStringList left;
        for (const QString &t : std::as_const(shown))
            if (english.value(language).contains(t))
                left << t;
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English on a %1 screen: %2").arg(language, left.join(QLatin1String(" | ")))));
    }
    /// The signed-in person picks their screen language in the status bar.
    void chooseStaffLanguage(const QString &code)
    {
        // The button is in the status bar once someone signed in; the bar lays it out on the next
        // polish (a person taps it where it stays).
        QPointF at(-1, -1);
        QTRY_VERIFY(find("staffLanguage") && find("staffLanguage")->x() > 0
                    && std::exchange(at, find("staffLanguage")->mapToScene(QPointF(0, 0))) == find("staffLanguage")->mapToScene(QPointF(0, 0))
                    && (QTest::qWait(100), at == find("staffLanguage")->mapToScene(QPointF(0, 0))));
        QQuickItem *choice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((click(find("staffLanguage")), QTest::qWait(200),
                                  (choice = find(QStringLiteral("staffLanguage_") + code)) != nullptr),
                                 5000);
        // The menu is on the screen: the choice is where a person can tap it.
        QTRY_VERIFY(choice->mapToScene(QPointF(choice->width(), 0)).x() <= m_window->width());
        QTRY_VERIFY(choice->height() > 0 && choice->mapToScene(QPointF(0, 0)).y() > 0); // the menu is placed
        click(choice);
        QTRY_COMPARE(ok::LanguageController::instance()->code(), code);
        QTRY_VERIFY(!find(QStringLiteral("staffLanguage_") + code)); // the menu closed
    }
    /// A staff member picks their own language (on the home screen's status bar) and signs out:
    /// their next sign-in opens their screens in it.
    void preferLanguage(const QString &staffId, const QString &pin, const QString &code)
    {
        QVERIFY(m_app->session().signIn(staffId, pin));
        chooseStaffLanguage(code);
        m_app->session().signOut();
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("pl")); // nobody: the store's
    }
    /// Back to the home screen.
    void goHome()
    {
        for (int i = 0; i < 3 && find("stack")->property("depth").toInt() > 1; ++i) {
            QTRY_VERIFY(stackIdle());
            QQuickItem *back = find("backButton");
            if (!back)
                back = find("signInBack");
            QVERIFY(back);
            click(back);
            QTRY_VERIFY(stackIdle());
        }
        QCOMPARE(find("stack")->property("depth").toInt(), 1);
    }
    /// A role of row `row` of a view's model, by its QML name.
    static QVariant roleOf(QQuickItem *view, int row, const QByteArray &role)
    {
        auto *model = view->property("model").value<QAbstractItemModel *>();
        if (!model || row >= model->rowCount())
            return {};
        return model->data(model->index(row, 0), model->roleNames().key(role, -1));
    }
    static QQuickItem *itemAt(QQuickItem *view, int row)
    {
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, row));
        return item;
    }
    static bool hasNumber(const QString &text, qint64 n)
    {
        return text.contains(QRegularExpression(QStringLiteral("(^|\\D)%1(\\D|$)").arg(n)));
    }
    /// The till's customer dialog (a Popup: its objectName is not on an item) is open.
    bool customerDialogOpen()
    {
        QObject *dialog = m_window->findChild<QObject *>(QStringLiteral("customerDialog"));
        return dialog && dialog->property("opened").toBool();
    }
    QString admin(const QStringList &args)
    {
        const auto r = m_central->admin(args);
        return r.exitCode == 0 ? r.out : QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err);
    }
    /// What the web shop can sell of `productId`, live at the central service.
    qint64 webSellable(qint64 productId)
    {
        const auto m = QRegularExpression(QStringLiteral("^web-sellable (\\d+)"), QRegularExpression::MultilineOption)
                           .match(admin({QStringLiteral("stock"), QString::number(productId)}));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }
    /// The customer's points ledger rows of `kind` ("earn", "redeem"): [id, when, kind, points, balance, ref, ...].
    QList<QStringList> pointsRows(const QString &kind)
    {
        QList<QStringList> rows;
        for (const QString &line : admin({QStringLiteral("points"), m_customer.id}).split(QLatin1Char('\n'))) {
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            if (cols.size() > 5 && cols.at(2) == kind)
                rows << cols;
        }
        return rows;
    }
    qint64 outboxAcked(const char *kind)
    {
        return m_app->ledger().queryInt(std::string("SELECT count(*) FROM outbox WHERE state = 'acked' AND kind = '") + kind + "'").value_or(-1);
    }

private Q_SLOTS:
    /// Every case starts at home with nobody signed in (also after a case that failed half way).
    void init()
    {
        if (!m_window)
            return;
        if (m_app->session().isSignedIn()) {
            QVERIFY(m_app->session().setLanguage(QString()));
            m_app->session().signOut();
        }
        QTRY_VERIFY(stackIdle());
        goHome();
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ok::test::CentralProcess::Options options;
        options.products = 60; // ids 51 to 60: the variants of one article
        options.orders = 0;
        m_central = std::make_unique<ok::test::CentralProcess>(options);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        for (const auto &c : m_central->customers())
            if (c.homeStore == QLatin1String("S001") && m_customer.id.isEmpty())
                m_customer = c;
        QVERIFY2(!m_customer.id.isEmpty() && m_customer.points > 0, qPrintable(m_central->startOutput().right(2000)));
        m_scannerSim = std::make_unique<SimProcess>(QStringLiteral(SCANNER_SIM), QStringList{QStringLiteral("--aim")});
        m_printerSim = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        const QString scannerPty = m_scannerSim->waitFor("PTY ");
        const QString printerPort = m_printerSim->waitFor("LISTENING ");
        QVERIFY(!scannerPty.isEmpty() && !printerPort.isEmpty());

        ok::Config config; // S001, Polish
        config.dataDir = m_dir.path();
        config.storeName = QStringLiteral("Warszawa Marszałkowska");
        for (const QString &a : QStringList{QStringLiteral("device.receipt.role=printer"), QStringLiteral("device.receipt.transport=tcp"),
                                           QStringLiteral("device.receipt.port=127.0.0.1:") + printerPort,
                                           QStringLiteral("device.scanner.role=scanner"), QStringLiteral("device.scanner.transport=serial"),
                                           QStringLiteral("device.scanner.port=") + scannerPty, QStringLiteral("device.scanner.aim=true")})
            QVERIFY2(config.applyOverride(a), qPrintable(a));
        ok::test::syncWith(config, *m_central);
        auto app = ok::TerminalApp::create(config, {true, true});
        QVERIFY2(app, qPrintable(app ? QString() : app.error().message));
        m_app = std::move(app).value();

        // The catalog, its stock and the staff arrive from the central service.
        auto cache = ok::db::Database::openReadOnly(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        QTRY_VERIFY_WITH_TIMEOUT(cache.value()->queryInt("SELECT count(*) FROM staff").value_or(0) > 0
                                     && cache.value()->queryInt("SELECT count(*) FROM product WHERE model <> ''").value_or(0) >= 2
                                     && cache.value()->queryInt("SELECT count(*) FROM price WHERE product_id = 60").value_or(0) > 0
                                     && cache.value()->queryInt("SELECT count(*) FROM stock WHERE product_id = 60").value_or(0) > 0,
                                 60000);
        // A variant sold here, in stock here: the stock screen's product.
        ok::db::CatalogReader reader(*cache.value(), QStringLiteral("S001"), QStringLiteral("pl"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (qint64 id = 1; id <= 60 && m_product.id == 0; ++id)
            if (auto p = reader.findById(id, now); p && !p->model.isEmpty() && p->price && p->available.value_or(0) >= 2
                && reader.variants(p->model, now).size() > 1)
                m_product = *p;
        QVERIFY2(m_product.id > 0, "no demo variant in stock in S001");

        auto window = m_app->loadShell();
        QVERIFY2(window, qPrintable(window ? QString() : window.error().message));
        m_window = window.value();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->devices().isOnline(0) && m_app->devices().isOnline(1), 5000);
    }

    /// Stock screen: a partial name, the best match first, its variants, stock live, a hold.
    void aCashierFindsAVariantAndHoldsIt()
    {
        // Part of a variant's name, lower case: the article, the brand and the colour's first
        // letters ("kurtka przeciwdeszczowa kolibri bia"). The best match, from the catalog's own
        // figures: of the names starting with it, the most popular (then the name); one in stock
        // here, to hold.
        auto cache = ok::db::Database::openReadOnly(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        ok::db::CatalogReader reader(*cache.value(), QStringLiteral("S001"), QStringLiteral("pl"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QList<ok::ProductInfo> variants = reader.variants(m_product.model, now);
        QVERIFY(variants.size() > 1);
        QString typed;
        std::optional<ok::ProductInfo> best;
        int startsWith = 0;
        for (const ok::ProductInfo &v : variants) {
            const QString candidate = v.name.left(v.name.lastIndexOf(v.colour) + 3).toLower();
            if (v.colour.size() < 3 || candidate == typed)
                continue;
            best.reset();
            startsWith = 0;
            for (qint64 id = 1; id <= 60; ++id) {
                const auto p = reader.findById(id, now);
                if (!p || !p->name.toLower().startsWith(candidate))
                    continue;
                ++startsWith;
                if (!best || p->popularity > best->popularity || (p->popularity == best->popularity && p->name < best->name))
                    best = p;
            }
            typed = candidate;
            if (best && startsWith > 1 && best->available.value_or(0) >= 1)
                break;
        }
        QVERIFY2(best && startsWith > 1 && best->available.value_or(0) >= 1, qPrintable(typed));
        m_product = *best;

        // The cashier works in Norwegian, her own choice in the status bar; the catalog's names stay
        // the store's (Polish).
        auto who = m_app->session().signIn(QStringLiteral("E1001"), QStringLiteral("1111"));
        QVERIFY2(who, qPrintable(who ? QString() : who.error().message));
        QTRY_VERIFY(find("stockTile"));
        chooseStaffLanguage(QStringLiteral("nb"));
        QTRY_VERIFY(stackIdle());
        click(find("stockTile"));
        QTRY_VERIFY(find("searchField"));
        QTRY_VERIFY(stackIdle());
        click(find("searchField"));
        typeSlowly(typed);
        QQuickItem *list = find("resultList");
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= startsWith, 5000);
        QCOMPARE(roleOf(list, 0, "name").toString(), m_product.name);
        for (int i = 1; i < startsWith; ++i) // then the other names starting with it, less popular
            QVERIFY2(roleOf(list, i, "name").toString().toLower().startsWith(typed), qPrintable(roleOf(list, i, "name").toString()));

        // The first result selected: its card with the variant grid, every variant a cell.
        const qint64 sellableBefore = webSellable(m_product.id);
        QVERIFY(sellableBefore > 0);
        QTRY_VERIFY(itemAt(list, 0));
        click(itemAt(list, 0));
        QTRY_COMPARE(list->property("currentIndex").toInt(), 0);
        QTRY_COMPARE(find("detailName")->property("text").toString(), m_product.name);
        QTRY_VERIFY(find("variantGrid"));
        QTRY_COMPARE(findAll("variantCell").size(), variants.size());
        // The product's own cell is the highlighted one, and says what this store has of it.
        QList<QQuickItem *> current;
        for (QQuickItem *c : findAll("variantCell"))
            if (c->property("highlighted").toBool())
                current << c;
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first()->property("text").toString(), QString::number(*m_product.available));
        // The live answer replaces the cached rows: every row says "live", the web shop's figure too.
        const QString live = says(QStringLiteral("nb"), "ok::StockLevelsModel", "live");
        QVERIFY(live != QLatin1String("live"));
        const auto allLive = [&] {
            const QList<QQuickItem *> marks = findAll("liveMark");
            return !marks.isEmpty() && std::all_of(marks.cbegin(), marks.cend(), [&](QQuickItem *m) { return m->property("text").toString() == live; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allLive(), 6000);
        QTRY_VERIFY(find("webSellable"));
        QString sellable = find("webSellable")->property("text").toString();
        QVERIFY2(hasNumber(sellable, sellableBefore) && sellable.contains(live), qPrintable(sellable));

        // The card in Norwegian (docs/screenshots/stock-card-nb.png).
        // The channel promotion of the article's variants, worded in Norwegian too ("til 11.12.2026").
        if (find("detailPromotion")) {
            const QString until = says(QStringLiteral("nb"), "ok::ProductLookupModel", "until %1").section(QLatin1String("%1"), 0, 0);
            QVERIFY2(find("detailPromotion")->property("text").toString().contains(until), qPrintable(find("detailPromotion")->property("text").toString()));
        }
        shoot(QStringLiteral("stock-card-nb.png"));
        noEnglishLeftOnScreen(QStringLiteral("nb"));

        // Hold one piece for a customer.
        click(find("holdButton"));
        QTRY_VERIFY(find("holdFor"));
        QTRY_VERIFY(find("stockActionOk") && find("stockActionOk")->mapToScene(QPointF(0, 0)).y() > 0);
        QCOMPARE(find("actionQuantity")->property("value").toInt(), 1);
        click(find("holdFor"));
        typeSlowly(QStringLiteral("Anna"));
        QCOMPARE(find("holdFor")->property("text").toString(), QStringLiteral("Anna"));
        click(find("stockActionOk"));
        QTRY_VERIFY(!find("holdFor"));
        QVERIFY2(!find("stockActionError"), qPrintable(find("stockActionError") ? find("stockActionError")->property("text").toString() : QString()));
        // Pushed: the central service holds it and the web shop sells one less.
        QTRY_VERIFY_WITH_TIMEOUT(outboxAcked("reservation.requested") == 1, 20000);
        const QStringList holds = linesOf(admin({QStringLiteral("holds"), QStringLiteral("S001")}), QStringLiteral("hold "));
        QCOMPARE(holds.size(), 1);
        QVERIFY2(holds.first().contains(QStringLiteral(" product %1 quantity 1 state active ").arg(m_product.id))
                     && holds.first().contains(QLatin1String(" staff E1001 ")) && holds.first().endsWith(QLatin1String(" customer Anna")),
                 qPrintable(holds.first()));
        QCOMPARE(webSellable(m_product.id), sellableBefore - 1);
        // The card asks again after the push: the live figure shown is the new one.
        QTRY_VERIFY_WITH_TIMEOUT(hasNumber(find("webSellable")->property("text").toString(), sellableBefore - 1), 10000);

        // Another variant tapped in the grid: its SKU is searched as an exact code, and it is the
        // first result; its card opens.
        QQuickItem *other = nullptr;
        for (QQuickItem *c : findAll("variantCell"))
            if (!other && !c->property("highlighted").toBool())
                other = c;
        QVERIFY(other);
        const ok::ProductInfo tapped = variants.at(other->parentItem()->property("row").toInt());
        QVERIFY(tapped.id != m_product.id);
        click(other);
        QTRY_COMPARE(find("searchField")->property("text").toString(), tapped.sku);
        QTRY_COMPARE(roleOf(list, 0, "name").toString(), tapped.name);
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(find("detailName")->property("text").toString(), tapped.name, 3000);

        QVERIFY(m_app->session().setLanguage(QString())); // the store's language again
        m_app->session().signOut();
        goHome();
    }

    /// Store desk: the customer by their card, their delivered web order, one piece returned.
    void theStoreDeskReturnsAWebOrder()
    {
        const auto order = QRegularExpression(QStringLiteral("^web-order \\S+ number (\\S+) .* status delivered "),
                                              QRegularExpression::MultilineOption)
                               .match(admin({QStringLiteral("web-orders"), m_customer.id}));
        QVERIFY2(order.hasMatch(), qPrintable(admin({QStringLiteral("web-orders"), m_customer.id})));
        const QString number = order.captured(1);
        const qsizetype refundsBefore = linesOf(admin({QStringLiteral("web-order"), number}), QStringLiteral("refund ")).size();

        // The person at the desk works in Italian, their own choice: every sign-in opens in it.
        preferLanguage(QStringLiteral("E1001"), QStringLiteral("1111"), QStringLiteral("it"));
        QTRY_VERIFY(find("storeDeskButton"));
        click(find("storeDeskButton"));
        QTRY_VERIFY(stackIdle());
        ok::test::signInOnScreen(m_window, root(), QStringLiteral("E1001"), QStringLiteral("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(find("customerQuery"), 5000);
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("it"));

        // The customer's loyalty card, read by the scanner.
        m_scannerSim->send("scan ean13 " + m_customer.loyaltyId.toLatin1());
        QTRY_VERIFY_WITH_TIMEOUT(find("customerName"), 10000);
        QCOMPARE(find("customerName")->property("text").toString(), m_customer.name);
        // Their orders in every channel; the delivered web order opened from the list.
        QQuickItem *orders = find("customerOrders");
        QVERIFY(orders);
        QTRY_VERIFY_WITH_TIMEOUT(orders->property("count").toInt() > 0, 10000);
        QQuickItem *row = nullptr;
        for (int i = 0; i < orders->property("count").toInt() && !row; ++i) {
            QQuickItem *item = itemAt(orders, i);
            if (item && item->property("text").toString().startsWith(number + QLatin1String(" ")))
                row = item;
        }
        QVERIFY2(row, qPrintable(number));
        click(row);
        QTRY_VERIFY_WITH_TIMEOUT(find("orderTitle") && find("orderTitle")->property("text").toString().startsWith(number), 10000);
        // One piece of the first line back.
        QTRY_VERIFY(find("returnQuantity"));
        QQuickItem *quantity = find("returnQuantity");
        auto *up = quantity->property("up").value<QObject *>();
        QVERIFY(up);
        QQuickItem *ind = up->property("indicator").value<QQuickItem *>();
        click(ind);
        QTRY_COMPARE(quantity->property("value").toInt(), 1);
        QTRY_VERIFY(find("webReturn")->isEnabled());
        // The refund goes back to the original payment, said in the person's language.
        QCOMPARE(find("refundMethod")->property("displayText").toString(),
                 says(QStringLiteral("it"), "ok::CustomerController", "Back to the original payment"));
        shoot(QStringLiteral("store-desk-it.png"));
        noEnglishLeftOnScreen(QStringLiteral("it"));
        click(find("webReturn"));
        // The central service records the refund against the order.
        QTRY_VERIFY_WITH_TIMEOUT(linesOf(admin({QStringLiteral("web-order"), number}), QStringLiteral("refund ")).size() == refundsBefore + 1, 20000);
        const QString refund = linesOf(admin({QStringLiteral("web-order"), number}), QStringLiteral("refund ")).last();
        QVERIFY2(refund.contains(QLatin1String(" store S001 ")) && refund.contains(QLatin1String(" terminal S001-T01 ")), qPrintable(refund));
        QVERIFY2(admin({QStringLiteral("web-order"), number}).contains(QRegularExpression(QStringLiteral("^line 1 .* returned 1 "),
                                                                                         QRegularExpression::MultilineOption)),
                 qPrintable(admin({QStringLiteral("web-order"), number})));

        QVERIFY(m_app->session().setLanguage(QString()));
        m_app->session().signOut();
        goHome();
    }

    /// The till: the customer's card on the sale, points pay part of it, cash the rest.
    void theTillTakesPointsAndTheSaleEarnsThem()
    {
        const qsizetype redeemsBefore = pointsRows(QStringLiteral("redeem")).size();
        const qsizetype earnsBefore = pointsRows(QStringLiteral("earn")).size();
        // This time the cashier works in Russian.
        preferLanguage(QStringLiteral("E1001"), QStringLiteral("1111"), QStringLiteral("ru"));
        QTRY_VERIFY(find("cashierTile"));
        click(find("cashierTile"));
        QTRY_VERIFY(stackIdle());
        ok::test::signInOnScreen(m_window, root(), QStringLiteral("E1001"), QStringLiteral("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(find("count_10000"), 5000);
        QTRY_COMPARE(ok::LanguageController::instance()->code(), QStringLiteral("ru"));
        click(find("count_10000"));
        typeSlowly(QStringLiteral("2"));
        click(find("openShiftButton"));
        QTRY_VERIFY(m_app->till().cashDesk().current());

        QTRY_VERIFY(find("ticket"));
        m_scannerSim->send("scan ean13 " + m_product.barcode.toLatin1());
        QTRY_COMPARE_WITH_TIMEOUT(find("ticket")->property("count").toInt(), 1, 5000);
        const qint64 total = m_app->till().ticket().totals().total;
        QVERIFY2(total > m_customer.points, "the points must leave something to pay in cash");
        // The loyalty card, scanned at the till: the customer dialog with their name.
        m_scannerSim->send("scan ean13 " + m_customer.loyaltyId.toLatin1());
        QTRY_VERIFY(customerDialogOpen());
        QTRY_VERIFY_WITH_TIMEOUT(find("customerName") && find("customerName")->property("text").toString() == m_customer.name, 10000);
        QCOMPARE(find("ticket")->property("count").toInt(), 1); // the card is no product
        QTRY_VERIFY(find("putOnSale")->isEnabled());
        click(find("putOnSale"));
        QTRY_VERIFY(!customerDialogOpen());

        click(find("payButton"));
        QTRY_VERIFY(find("dueText"));
        QTRY_VERIFY(find("pointsButton"));
        QVERIFY2(find("pointsButton")->property("text").toString().contains(QString::number(m_customer.points)),
                 qPrintable(find("pointsButton")->property("text").toString()));
        shoot(QStringLiteral("tender-points-ru.png"));
        noEnglishLeftOnScreen(QStringLiteral("ru"));
        click(find("pointsButton"));
        // The redemption, live: the balance pays that much of the sale.
        QTRY_VERIFY2_WITH_TIMEOUT(m_app->till().ticket().totals().due == total - m_customer.points,
                                  qPrintable(QStringLiteral("due %1; %2").arg(m_app->till().ticket().totals().due)
                                                 .arg(find("pointsMessage") ? find("pointsMessage")->property("text").toString() : QStringLiteral("no message"))),
                                  10000);
        QCOMPARE(pointsRows(QStringLiteral("redeem")).size(), redeemsBefore + 1);
        QCOMPARE(qAbs(pointsRows(QStringLiteral("redeem")).first().at(3).toLongLong()), m_customer.points);
        QSignalSpy done(&m_app->till().committer(), &ok::SaleCommitter::saleCompleted);
        QTRY_VERIFY(find("quickCash")); // the first one is the exact amount
        click(find("quickCash"));
        QTRY_COMPARE(done.size(), 1);
        const QString saleId = done.first().at(0).value<ok::CommittedSale>().id;
        QTRY_VERIFY(!find("dueText"));
        // Pushed: one earn for the sale, for what was not paid with points.
        QTRY_VERIFY_WITH_TIMEOUT(m_app->ledger().queryInt("SELECT count(*) FROM outbox WHERE ref = '" + saleId.toStdString()
                                                          + "' AND state = 'acked'").value_or(0) == 1,
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pointsRows(QStringLiteral("earn")).size(), earnsBefore + 1, 10000);
        const QStringList earn = pointsRows(QStringLiteral("earn")).first();
        QCOMPARE(earn.at(5), saleId);
        QCOMPARE(earn.at(3).toLongLong(), (total - m_customer.points) / 100);
        QCOMPARE(pointsRows(QStringLiteral("redeem")).size(), redeemsBefore + 1); // once, not again with the sale

        QVERIFY(m_app->session().setLanguage(QString()));
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }
};

QTEST_MAIN(TestChannelsEndToEnd)
#include "tst_channels_e2e.moc"
