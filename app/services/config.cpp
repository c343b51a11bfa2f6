// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/config.h"

#include "drivers/scanner/scannerconfig.h"

#include "core/language.h"
#include "core/money.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace ok {

namespace {
Error bad(const QString &where, const QString &section, const QString &key, const QString &why)
{
    return Error{QStringLiteral("config.bad-value"),
                 QStringLiteral("%1: [%2] %3: %4").arg(where, section, key, why)};
}

std::optional<bool> parseBool(const QString &v)
{
    const QString s = v.toLower();
    if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("on") || s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("off") || s == QLatin1String("0"))
        return false;
    return std::nullopt;
}

const QStringList &knownRoles()
{
    static const QStringList roles = {QStringLiteral("printer"), QStringLiteral("scanner"), QStringLiteral("locker"),
                                      QStringLiteral("drawer"), QStringLiteral("payment")};
    return roles;
}

const QStringList &knownTransports()
{
    static const QStringList transports = {QStringLiteral("serial"), QStringLiteral("tcp"), QStringLiteral("usblp"),
                                           QStringLiteral("evdev")};
    return transports;
}
} // namespace

Result<void> Config::set(const QString &section, const QString &key, const QString &value, const QString &where)
{
    auto boolean = [&](bool &target) -> Result<void> {
        auto b = parseBool(value);
        if (!b)
            return bad(where, section, key, QStringLiteral("\"%1\" is not a yes/no value; use true or false").arg(value));
        target = *b;
        return {};
    };
    auto integer = [&](int &target, int lo, int hi) -> Result<void> {
        bool okNum = false;
        const int n = value.toInt(&okNum);
        if (!okNum || n < lo || n > hi)
            return bad(where, section, key, QStringLiteral("\"%1\" must be a whole number from %2 to %3").arg(value).arg(lo).arg(hi));
        target = n;
        return {};
    };
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));

    if (section == QLatin1String("store")) {
        if (key == QLatin1String("id") || key == QLatin1String("terminal")) {
            if (!idRe.match(value).hasMatch())
                return bad(where, section, key, QStringLiteral("\"%1\" must be 1-32 letters, digits, '-' or '_'").arg(value));
            (key == QLatin1String("id") ? storeId : terminalId) = value;
            return {};
        }
        if (key == QLatin1String("name")) {
            if (value.isEmpty())
                return bad(where, section, key, QStringLiteral("the store name must not be empty"));
            storeName = value;
            return {};
        }
        if (key == QLatin1String("currency")) {
            if (!Currency::fromCode(value))
                return bad(where, section, key, QStringLiteral("\"%1\" is not a supported ISO 4217 currency; use PLN, EUR, NOK or RUB").arg(value));
            currency = value;
            return {};
        }
        if (key == QLatin1String("locale")) {
            static const QStringList known = {QStringLiteral("pl_PL"), QStringLiteral("it_IT"), QStringLiteral("ru_RU"),
                                              QStringLiteral("nb_NO"), QStringLiteral("en_GB"), QStringLiteral("en_US")};
            if (!known.contains(value))
                return bad(where, section, key, QStringLiteral("\"%1\" is not supported; use one of %2").arg(value, known.join(QLatin1String(", "))));
            locale = value;
            return {};
        }
        if (key == QLatin1String("language")) {
            if (!isLanguageCode(value))
                return bad(where, section, key, QStringLiteral("\"%1\" is not a language of this terminal; use one of %2")
                                                    .arg(value, languageCodes().join(QLatin1String(", "))));
            language = value;
            return {};
        }
        if (key == QLatin1String("country")) {
            static const QStringList known = {QStringLiteral("PL"), QStringLiteral("IT"), QStringLiteral("NO"), QStringLiteral("RU")};
            if (!known.contains(value))
                return bad(where, section, key, QStringLiteral("\"%1\" has no tax table; use PL, IT, NO or RU").arg(value));
            country = value;
            return {};
        }
        if (key == QLatin1String("prices_include_tax"))
            return boolean(pricesIncludeTax);
        if (key == QLatin1String("tax_rounding")) {
            if (value != QLatin1String("per-receipt") && value != QLatin1String("per-line"))
                return bad(where, section, key, QStringLiteral("\"%1\" must be per-receipt or per-line").arg(value));
            taxRounding = value;
            return {};
        }
    } else if (section == QLatin1String("storage")) {
        if (key == QLatin1String("data_dir")) {
            if (value.isEmpty() || !QDir::isAbsolutePath(value))
                return bad(where, section, key, QStringLiteral("\"%1\" must be an absolute directory path").arg(value));
            dataDir = value;
            return {};
        }
        if (key == QLatin1String("keep_backups"))
            return integer(keepBackups, 1, 1000);
        if (key == QLatin1String("min_free_mb"))
            return integer(minFreeMb, 0, 1'000'000);
    } else if (section == QLatin1String("central")) {
        if (key == QLatin1String("url")) {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                return bad(where, section, key, QStringLiteral("\"%1\" is not an https:// URL").arg(value));
            centralUrl = value;
            return {};
        }
        if (key == QLatin1String("ca_file")) {
            caFile = value;
            return {};
        }
        if (key == QLatin1String("allow_plain_http"))
            return boolean(allowPlainHttp);
        if (key == QLatin1String("enabled"))
            return boolean(syncEnabled);
        if (key == QLatin1String("client_cert")) {
            clientCertFile = value;
            return {};
        }
        if (key == QLatin1String("client_key")) {
            clientKeyFile = value;
            return {};
        }
        if (key == QLatin1String("pins")) {
            pins.clear();
            for (const QString &pin : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString p = pin.trimmed();
                if (!p.startsWith(QLatin1String("sha256//")) || QByteArray::fromBase64(p.mid(8).toLatin1()).size() != 32)
                    return bad(where, section, key, QStringLiteral("\"%1\" is not a key pin: expected sha256// and 44 base64 characters, ';' between two pins").arg(p.left(60)));
                pins.append(p);
            }
            if (pins.size() > 2)
                return bad(where, section, key, QStringLiteral("at most two pins (the current key and the next one)"));
            return {};
        }
        if (key == QLatin1String("enrolment_code")) {
            enrolmentCode = value;
            return {};
        }
        if (key == QLatin1String("pickup_key")) {
            if (value.isEmpty()) { // no key: QR codes are refused, typed codes still work
                pickupKey.clear();
                return {};
            }
            const QByteArray raw = QByteArray::fromHex(value.toLatin1());
            if (raw.size() != 32 || value.size() != 64)
                return bad(where, section, key, QStringLiteral("\"%1\" is not a pickup-token key: expected the 64 hex characters that "
                                                               "omnikiosk-central-admin pickup-key prints").arg(value.left(80)));
            pickupKey = raw;
            return {};
        }
        if (key == QLatin1String("interval_s"))
            return integer(syncIntervalS, 1, 3600);
        if (key == QLatin1String("page_size"))
            return integer(syncPageSize, 100, 10000);
    } else if (section == QLatin1String("ui")) {
        if (key == QLatin1String("fullscreen"))
            return boolean(fullscreen);
        if (key == QLatin1String("scan_max_key_gap_ms"))
            return integer(scanMaxKeyGapMs, 5, 500);
        if (key == QLatin1String("scan_min_length"))
            return integer(scanMinLength, 3, 64);
        if (key == QLatin1String("customer_languages")) {
            QStringList codes;
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString code = part.trimmed();
                if (!isLanguageCode(code))
                    return bad(where, section, key, QStringLiteral("\"%1\" is not a language of this terminal; use some of %2")
                                                        .arg(code, languageCodes().join(QLatin1String(", "))));
                if (!codes.contains(code))
                    codes << code;
            }
            customerLanguages = codes;
            return {};
        }
        if (key == QLatin1String("customer_language_reset_s"))
            return integer(customerLanguageResetS, 5, 3600);
        if (key == QLatin1String("translations_dir")) {
            if (!value.isEmpty() && !QDir::isAbsolutePath(value))
                return bad(where, section, key, QStringLiteral("\"%1\" must be an absolute directory path").arg(value));
            translationsDir = value;
            return {};
        }
    } else if (section == QLatin1String("pickup")) {
        if (key == QLatin1String("lock_after"))
            return integer(pickupLockAfter, 1, 20);
        if (key == QLatin1String("free_failures"))
            return integer(pickupFreeFailures, 0, 20);
        if (key == QLatin1String("max_delay_s"))
            return integer(pickupMaxDelayS, 2, 3600);
        if (key == QLatin1String("idle_reset_s"))
            return integer(pickupIdleResetS, 10, 600);
        if (key == QLatin1String("door_left_open_s"))
            return integer(doorLeftOpenS, 5, 3600);
    } else if (section == QLatin1String("stock")) {
        if (key == QLatin1String("max_hold_hours"))
            return integer(maxHoldHours, 1, 14 * 24);
    } else if (section == QLatin1String("returns")) {
        if (key == QLatin1String("web_refund_methods")) {
            QStringList methods;
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString m = part.trimmed();
                if (m == QLatin1String("cash"))
                    return bad(where, section, key, QStringLiteral("cash refunds of web orders are not supported: the drawer would not "
                                                                   "balance; use original-payment and/or store-credit"));
                if (m != QLatin1String("original-payment") && m != QLatin1String("store-credit"))
                    return bad(where, section, key, QStringLiteral("\"%1\" is not a refund method; use original-payment and/or store-credit").arg(m));
                if (!methods.contains(m))
                    methods << m;
            }
            if (methods.isEmpty())
                return bad(where, section, key, QStringLiteral("name at least one refund method"));
            webRefundMethods = methods;
            return {};
        }
    } else if (section == QLatin1String("pos")) {
        if (key == QLatin1String("discount_limit_percent"))
            return integer(discountLimitPercent, 0, 100);
        if (key == QLatin1String("lock_after_s"))
            return integer(lockAfterS, 15, 3600);
        if (key == QLatin1String("count_difference_limit")) {
            bool okNum = false;
            const qint64 n = value.toLongLong(&okNum);
            if (!okNum || n < 0)
                return bad(where, section, key, QStringLiteral("\"%1\" must be an amount in minor units (e.g. 1000 = 10.00), 0 or more").arg(value));
            countDifferenceLimit = n;
            return {};
        }
        if (key == QLatin1String("variable_measure")) {
            QStringList masks;
            for (const QString &m : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (auto layout = scanner::VariableMeasureLayout::fromMask(m.trimmed()); !layout)
                    return bad(where, section, key, layout.error().message);
                masks << m.trimmed();
            }
            variableMeasure = masks;
            return {};
        }
    } else if (section == QLatin1String("limits")) {
        if (key == QLatin1String("print_history_days"))
            return integer(printHistoryDays, 1, 3650);
        if (key == QLatin1String("print_history_rows"))
            return integer(printHistoryRows, 100, 1000000);
        if (key == QLatin1String("outbox_keep_days"))
            return integer(outboxKeepDays, 1, 3650);
        if (key == QLatin1String("archive_keep_months"))
            return integer(archiveKeepMonths, 1, 1200);
        if (key == QLatin1String("export_keep_days"))
            return integer(exportKeepDays, 1, 3650);
        if (key == QLatin1String("export_keep_files"))
            return integer(exportKeepFiles, 1, 100000);
        if (key == QLatin1String("housekeeping_hours"))
            return integer(housekeepingHours, 1, 168);
    } else if (section.startsWith(QLatin1String("device."))) {
        const QString name = section.mid(7);
        if (!idRe.match(name).hasMatch())
            return bad(where, section, key, QStringLiteral("device name \"%1\" must be 1-32 letters, digits, '-' or '_'").arg(name));
        auto it = std::find_if(devices.begin(), devices.end(), [&](const DeviceConfig &d) { return d.name == name; });
        if (it == devices.end()) {
            devices.append(DeviceConfig{name, {}, {}, {}, {}, {}, {}});
            it = devices.end() - 1;
        }
        if (key == QLatin1String("role")) {
            if (!knownRoles().contains(value))
                return bad(where, section, key, QStringLiteral("\"%1\" is not a device role; use one of %2").arg(value, knownRoles().join(QLatin1String(", "))));
            it->role = value;
        } else if (key == QLatin1String("transport")) {
            if (!knownTransports().contains(value))
                return bad(where, section, key, QStringLiteral("\"%1\" is not a transport; use one of %2").arg(value, knownTransports().join(QLatin1String(", "))));
            it->transport = value;
        } else if (key == QLatin1String("driver")) {
            it->driver = value;
        } else if (key == QLatin1String("port")) {
            it->port = value;
        } else if (key == QLatin1String("profile")) {
            it->profile = value;
        } else {
            it->options.insert(key, value);
        }
        return {};
    } else {
        return Error{QStringLiteral("config.unknown-section"),
                     QStringLiteral("%1: unknown section [%2]; known sections are [store], [storage], [central], [ui], [pickup], [pos], [stock], [returns], [limits] and [device.NAME]")
                         .arg(where, section)};
    }
    return Error{QStringLiteral("config.unknown-key"),
                 QStringLiteral("%1: unknown key \"%2\" in [%3] (see docs/configuration.md)").arg(where, key, section)};
}

Result<Config> Config::parse(const QString &text, const QString &sourceName)
{
    Config c;
    c.source = sourceName;
    QString section;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString where = QStringLiteral("%1:%2").arg(sourceName).arg(i + 1);
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3)
                return Error{QStringLiteral("config.syntax"), QStringLiteral("%1: a section header looks like [store]").arg(where)};
            section = line.mid(1, line.size() - 2).trimmed();
            static const QStringList known = {QStringLiteral("store"), QStringLiteral("storage"), QStringLiteral("central"), QStringLiteral("ui"), QStringLiteral("pickup"), QStringLiteral("pos"), QStringLiteral("stock"), QStringLiteral("returns"),
                                              QStringLiteral("limits")};
            if (!known.contains(section) && !section.startsWith(QLatin1String("device.")))
                return Error{QStringLiteral("config.unknown-section"),
                             QStringLiteral("%1: unknown section [%2]; known sections are [store], [storage], [central], [ui], [pickup], [pos], [stock], [returns], [limits] and [device.NAME]")
                                 .arg(where, section)};
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{QStringLiteral("config.syntax"),
                         QStringLiteral("%1: expected \"key = value\", found \"%2\"").arg(where, line.left(60))};
        if (section.isEmpty())
            return Error{QStringLiteral("config.syntax"),
                         QStringLiteral("%1: \"%2\" is outside any section; put it under [store], [central] ...").arg(where, line.left(eq).trimmed())};
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (auto r = c.set(section, line.left(eq).trimmed(), value, where); !r)
            return r.error();
    }
    for (const auto &d : c.devices) {
        if (d.role.isEmpty() || d.transport.isEmpty() || d.port.isEmpty())
            return Error{QStringLiteral("config.incomplete-device"),
                         QStringLiteral("%1: [device.%2] needs role, transport and port").arg(sourceName, d.name)};
    }
    return c;
}

Result<Config> Config::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("config.unreadable"),
                     QStringLiteral("Cannot read the configuration file %1: %2").arg(path, f.errorString())};
    const QByteArray data = f.readAll();
    return parse(QString::fromUtf8(data), path);
}

Result<void> Config::applyOverride(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    const qsizetype dot = assignment.left(eq).lastIndexOf(QLatin1Char('.'));
    if (eq <= 0 || dot <= 0)
        return Error{QStringLiteral("config.syntax"),
                     QStringLiteral("--set %1: expected section.key=value, e.g. --set store.terminal=T02").arg(assignment)};
    return set(assignment.left(dot), assignment.mid(dot + 1, eq - dot - 1), assignment.mid(eq + 1),
               QStringLiteral("command line"));
}

QString Config::storeLanguage() const
{
    return language.isEmpty() ? languageOfLocale(locale) : language;
}

QString Config::defaultDataDir()
{
    const QByteArray env = qgetenv("OMNIKIOSK_DATA_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    const QByteArray xdg = qgetenv("XDG_DATA_HOME");
    if (!xdg.isEmpty())
        return QString::fromLocal8Bit(xdg) + QStringLiteral("/omnikiosk");
    return QDir::homePath() + QStringLiteral("/.local/share/omnikiosk");
}

} // namespace ok
