// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerlossvfs.h"

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <random>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace ok::test {

namespace {

constexpr qint64 kSector = 512;

struct Op {
    bool truncate = false;
    sqlite3_int64 offset = 0; ///< truncate: the new size
    std::string data;
};

/// What the programs see of one file, and what of it is not on the platter yet.
struct FileState {
    std::string image;
    std::vector<Op> pending;
};

struct Shim {
    sqlite3_vfs vfs {};
    sqlite3_vfs *real = nullptr;
    std::map<std::string, FileState> files;
    std::mt19937_64 rng;
    qint64 ops = 0;
    qint64 crashAt = 0;
    bool lost = false;
    int open = 0;
    bool installed = false;
};

Shim g;

struct File {
    sqlite3_file base;
    FileState *st; ///< null: pass-through
    sqlite3_file *real;
};

File *asFile(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

/// Count a write/truncate/sync call; true when power is (now) lost and the call must fail.
bool tick()
{
    if (g.lost)
        return true;
    ++g.ops;
    if (g.crashAt > 0 && g.ops >= g.crashAt) {
        --g.ops; // the call at crashAt does not happen
        g.lost = true;
    }
    return g.lost;
}

int xClose(sqlite3_file *f)
{
    File *p = asFile(f);
    int rc = SQLITE_OK;
    if (p->real->pMethods)
        rc = p->real->pMethods->xClose(p->real);
    --g.open;
    return rc;
}

int xRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    File *p = asFile(f);
    if (!p->st)
        return p->real->pMethods->xRead(p->real, buf, amount, offset);
    if (g.lost)
        return SQLITE_IOERR_READ;
    const std::string &img = p->st->image;
    const sqlite3_int64 size = sqlite3_int64(img.size());
    const sqlite3_int64 have = std::clamp<sqlite3_int64>(size - offset, 0, amount);
    if (have > 0)
        std::memcpy(buf, img.data() + offset, size_t(have));
    if (have < amount) {
        std::memset(static_cast<char *>(buf) + have, 0, size_t(amount - have));
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

int xWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    File *p = asFile(f);
    if (!p->st)
        return p->real->pMethods->xWrite(p->real, buf, amount, offset);
    if (tick())
        return SQLITE_IOERR_WRITE;
    std::string &img = p->st->image;
    if (sqlite3_int64(img.size()) < offset + amount)
        img.resize(size_t(offset + amount), '\0');
    std::memcpy(img.data() + offset, buf, size_t(amount));
    p->st->pending.push_back({ false, offset, std::string(static_cast<const char *>(buf), size_t(amount)) });
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    File *p = asFile(f);
    if (!p->st)
        return p->real->pMethods->xTruncate(p->real, size);
    if (tick())
        return SQLITE_IOERR_TRUNCATE;
    p->st->image.resize(size_t(size), '\0');
    p->st->pending.push_back({ true, size, {} });
    return SQLITE_OK;
}

int applyOp(sqlite3_file *real, const Op &op)
{
    if (op.truncate)
        return real->pMethods->xTruncate(real, op.offset);
    return real->pMethods->xWrite(real, op.data.data(), int(op.data.size()), op.offset);
}

int xSync(sqlite3_file *f, int flags)
{
    File *p = asFile(f);
    if (!p->st)
        return p->real->pMethods->xSync(p->real, flags);
    if (tick())
        return SQLITE_IOERR_FSYNC;
    for (const Op &op : p->st->pending)
        if (int rc = applyOp(p->real, op); rc != SQLITE_OK)
            return rc;
    p->st->pending.clear();
    return SQLITE_OK;
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    File *p = asFile(f);
    if (!p->st)
        return p->real->pMethods->xFileSize(p->real, size);
    if (g.lost)
        return SQLITE_IOERR_FSTAT;
    *size = sqlite3_int64(p->st->image.size());
    return SQLITE_OK;
}

int xLock(sqlite3_file *f, int level)
{
    return asFile(f)->real->pMethods->xLock(asFile(f)->real, level);
}

int xUnlock(sqlite3_file *f, int level)
{
    return asFile(f)->real->pMethods->xUnlock(asFile(f)->real, level);
}

int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return asFile(f)->real->pMethods->xCheckReservedLock(asFile(f)->real, out);
}

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    File *p = asFile(f);
    // Size hints and chunk sizes would grow the real file behind the image's back: ignored.
    if (p->st && (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE))
        return SQLITE_OK;
    return p->real->pMethods->xFileControl(p->real, op, arg);
}

int xSectorSize(sqlite3_file *f)
{
    return asFile(f)->real->pMethods->xSectorSize(asFile(f)->real);
}

int xDeviceCharacteristics(sqlite3_file *f)
{
    return asFile(f)->real->pMethods->xDeviceCharacteristics(asFile(f)->real);
}

int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **pp)
{
    return asFile(f)->real->pMethods->xShmMap(asFile(f)->real, page, size, extend, pp);
}

int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return asFile(f)->real->pMethods->xShmLock(asFile(f)->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file *f)
{
    asFile(f)->real->pMethods->xShmBarrier(asFile(f)->real);
}

int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return asFile(f)->real->pMethods->xShmUnmap(asFile(f)->real, deleteFlag);
}

int xFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **pp)
{
    File *p = asFile(f);
    if (!p->st)
        return p->real->pMethods->xFetch(p->real, offset, amount, pp);
    *pp = nullptr; // no memory mapping: every read goes through the image
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *ptr)
{
    File *p = asFile(f);
    if (!p->st)
        return p->real->pMethods->xUnfetch(p->real, offset, ptr);
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {
    3,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    xFetch,
    xUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *p = asFile(f);
    p->base.pMethods = nullptr;
    p->st = nullptr;
    p->real = reinterpret_cast<sqlite3_file *>(p + 1);
    if (g.lost)
        return SQLITE_CANTOPEN;
    const int rc = g.real->xOpen(g.real, name, p->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    const bool durable = name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL))
        && !(flags & SQLITE_OPEN_DELETEONCLOSE);
    if (durable) {
        auto [it, fresh] = g.files.try_emplace(std::string(name));
        if (fresh) { // first open since the last reboot: the image is the file on disk
            sqlite3_int64 size = 0;
            if (int r = p->real->pMethods->xFileSize(p->real, &size); r != SQLITE_OK) {
                p->real->pMethods->xClose(p->real);
                g.files.erase(it);
                return r;
            }
            it->second.image.assign(size_t(size), '\0');
            if (size > 0) {
                if (int r = p->real->pMethods->xRead(p->real, it->second.image.data(), int(size), 0); r != SQLITE_OK) {
                    p->real->pMethods->xClose(p->real);
                    g.files.erase(it);
                    return r;
                }
            }
        }
        p->st = &it->second;
    }
    p->base.pMethods = &kMethods;
    ++g.open;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    if (g.lost)
        return SQLITE_IOERR_DELETE;
    g.files.erase(std::string(name));
    return g.real->xDelete(g.real, name, syncDir);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    if (g.lost)
        return SQLITE_IOERR_ACCESS;
    // The unix VFS calls an empty file absent; what counts here is the image's size.
    if (flags == SQLITE_ACCESS_EXISTS)
        if (auto it = g.files.find(std::string(name)); it != g.files.end()) {
            *out = it->second.image.empty() ? 0 : 1;
            return SQLITE_OK;
        }
    return g.real->xAccess(g.real, name, flags, out);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g.real->xFullPathname(g.real, name, n, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g.real->xDlOpen(g.real, name);
}

void vfsDlError(sqlite3_vfs *, int n, char *msg)
{
    g.real->xDlError(g.real, n, msg);
}

void (*vfsDlSym(sqlite3_vfs *, void *h, const char *sym))(void)
{
    return g.real->xDlSym(g.real, h, sym);
}

void vfsDlClose(sqlite3_vfs *, void *h)
{
    g.real->xDlClose(g.real, h);
}

int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return g.real->xRandomness(g.real, n, out);
}

int vfsSleep(sqlite3_vfs *, int us)
{
    return g.real->xSleep(g.real, us);
}

int vfsCurrentTime(sqlite3_vfs *, double *out)
{
    return g.real->xCurrentTime(g.real, out);
}

int vfsGetLastError(sqlite3_vfs *, int n, char *out)
{
    return g.real->xGetLastError(g.real, n, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g.real->xCurrentTimeInt64(g.real, out);
}

/// Write what survived of one file's pending operations straight to the file.
void land(const std::string &path, std::vector<Op> &pending, PowerLoss::Reboot &stats)
{
    std::vector<Op> kept;
    for (Op &op : pending) {
        if (g.rng() % 2 == 0) {
            ++stats.dropped;
            continue;
        }
        ++stats.applied;
        if (!op.truncate && qint64(op.data.size()) > kSector && g.rng() % 4 == 0) {
            // Torn: only some sectors of the write reach the disk.
            ++stats.torn;
            for (size_t at = 0; at < op.data.size(); at += size_t(kSector))
                if (g.rng() % 2 == 0)
                    kept.push_back({ false, op.offset + sqlite3_int64(at), op.data.substr(at, size_t(kSector)) });
            continue;
        }
        kept.push_back(std::move(op));
    }
    std::shuffle(kept.begin(), kept.end(), g.rng);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return; // deleted meanwhile: nothing to land
    for (const Op &op : kept) {
        if (op.truncate) {
            if (::ftruncate(fd, op.offset) != 0)
                break;
        } else if (::pwrite(fd, op.data.data(), op.data.size(), op.offset) != ssize_t(op.data.size())) {
            break;
        }
    }
    ::close(fd);
}

} // namespace

void PowerLoss::install(quint64 seed, qint64 crashAt)
{
    if (!g.installed) {
        g.real = sqlite3_vfs_find(nullptr);
        g.vfs.iVersion = 2;
        g.vfs.szOsFile = int(sizeof(File)) + g.real->szOsFile;
        g.vfs.mxPathname = g.real->mxPathname;
        g.vfs.zName = "omnikiosk-powerloss";
        g.vfs.xOpen = vfsOpen;
        g.vfs.xDelete = vfsDelete;
        g.vfs.xAccess = vfsAccess;
        g.vfs.xFullPathname = vfsFullPathname;
        g.vfs.xDlOpen = vfsDlOpen;
        g.vfs.xDlError = vfsDlError;
        g.vfs.xDlSym = vfsDlSym;
        g.vfs.xDlClose = vfsDlClose;
        g.vfs.xRandomness = vfsRandomness;
        g.vfs.xSleep = vfsSleep;
        g.vfs.xCurrentTime = vfsCurrentTime;
        g.vfs.xGetLastError = vfsGetLastError;
        g.vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        sqlite3_vfs_register(&g.vfs, 1);
        g.installed = true;
    }
    g.files.clear();
    g.rng.seed(seed);
    g.ops = 0;
    g.crashAt = crashAt;
    g.lost = false;
    g.open = 0;
}

void PowerLoss::cut()
{
    g.lost = true;
}

bool PowerLoss::lost()
{
    return g.lost;
}

qint64 PowerLoss::operations()
{
    return g.ops;
}

PowerLoss::Reboot PowerLoss::reboot()
{
    Reboot stats;
    if (g.open != 0)
        return stats;
    for (auto &[path, st] : g.files)
        land(path, st.pending, stats);
    g.files.clear();
    if (g.installed) {
        sqlite3_vfs_unregister(&g.vfs);
        sqlite3_vfs_register(g.real, 1);
        g.installed = false;
    }
    g.lost = false;
    stats.ok = true;
    return stats;
}

} // namespace ok::test
