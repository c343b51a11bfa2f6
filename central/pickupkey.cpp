// SPDX-License-Identifier: GPL-3.0-or-later
#include "central/pickupkey.h"

#include "central/crypto.h"
#include "core/pickup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ok::central {

namespace {

constexpr int kKeyBytes = 32;
constexpr qsizetype kKeyHexChars = 2 * kKeyBytes;

Error keyError(const QString &path, const QString &what)
{
    return Error{QStringLiteral("pickup_key"), QStringLiteral("%1: %2").arg(path, what)};
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// Write all of `data` to `fd`, retrying short writes and EINTR.
bool writeAll(int fd, const std::string &data)
{
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

/// Create the key file unless it exists. The key is written to a temporary file (O_EXCL, 0600)
/// and hard-linked to its name: link() never replaces an existing file, so when two processes
/// race, one link wins and the loser reads the winner's key.
Result<void> createKeyFile(const QString &path)
{
    const QByteArray final = QFile::encodeName(path);
    const QByteArray tmp = final + ".tmp." + QByteArray::number(qint64(::getpid())) + '.'
        + QByteArray::fromStdString(toHex(randomBytes(8)));
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return keyError(path, QStringLiteral("cannot create the pickup signing key: %1").arg(errnoText()));
    const QByteArray key = pickup::generatePrivateKey();
    const bool written = key.size() == kKeyBytes && writeAll(fd, toHex(key.toStdString()) + "\n") && ::fsync(fd) == 0;
    const int writeErrno = errno;
    ::close(fd);
    if (!written) {
        ::unlink(tmp.constData());
        errno = writeErrno;
        return keyError(path, QStringLiteral("cannot write the pickup signing key: %1").arg(errnoText()));
    }
    const int linked = ::link(tmp.constData(), final.constData());
    const int linkErrno = errno;
    ::unlink(tmp.constData());
    if (linked != 0 && linkErrno != EEXIST) {
        errno = linkErrno;
        return keyError(path, QStringLiteral("cannot create the pickup signing key: %1").arg(errnoText()));
    }
    // The directory entry must survive a crash too, or a restart would make a second key.
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        (void)::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

} // namespace

QString pickupKeyPath(const QString &dbPath)
{
    // A PostgreSQL database has no directory of its own: the key is in the current directory.
    if (dbPath.startsWith(QLatin1String("postgresql://")) || dbPath.startsWith(QLatin1String("postgres://")))
        return QDir::current().absoluteFilePath(QLatin1String(kPickupKeyFileName));
    return QFileInfo(dbPath).absoluteDir().filePath(QLatin1String(kPickupKeyFileName));
}

Result<QByteArray> loadPickupKey(const QString &dbPath)
{
    const QString path = pickupKeyPath(dbPath);
    const QByteArray name = QFile::encodeName(path);
    int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 && errno == ENOENT) {
        if (auto r = createKeyFile(path); !r)
            return r.error();
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    }
    if (fd < 0)
        return keyError(path, QStringLiteral("cannot open the pickup signing key: %1").arg(errnoText()));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return keyError(path, QStringLiteral("the pickup signing key is not a regular file"));
    }
    if ((st.st_mode & 077) != 0) {
        ::close(fd);
        return keyError(path, QStringLiteral("the pickup signing key may be read by others (mode %1): chmod 600 it")
                                  .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')));
    }
    char buf[kKeyHexChars + 2];
    ssize_t got = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buf + got, sizeof buf - size_t(got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
        if (got == ssize_t(sizeof buf))
            break;
    }
    ::close(fd);
    std::string_view text(buf, size_t(got));
    if (text.size() == size_t(kKeyHexChars) + 1 && text.back() == '\n')
        text.remove_suffix(1);
    const std::string raw = text.size() == size_t(kKeyHexChars) ? fromHex(text) : std::string();
    const QByteArray key = QByteArray::fromStdString(raw);
    if (key.size() != kKeyBytes || pickup::publicKeyOf(key).isEmpty())
        return keyError(path, QStringLiteral("malformed pickup signing key: expected 64 hex digits and a newline "
                                             "(the file is left as it is: terminals pin its public key)"));
    return key;
}

std::string pickupToken(const Order &o, const QByteArray &privateKey)
{
    const QString orderId = QString::fromStdString(o.id);
    const QString storeId = QString::fromStdString(o.storeId);
    pickup::Token t{orderId, storeId, o.expiresAt, pickup::sign(pickup::tokenMessage(orderId, storeId, o.expiresAt), privateKey)};
    return pickup::formatToken(t).toStdString();
}

} // namespace ok::central
