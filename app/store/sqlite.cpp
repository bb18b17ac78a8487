#include "sqlite.h"

#include "geometry.h"

#include <sqlite3.h>

#include <cmath>

namespace territori::store {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::DiskFull: return QStringLiteral("disk-full");
    case ErrorKind::Corrupt: return QStringLiteral("corrupt");
    case ErrorKind::NotAProject: return QStringLiteral("not-a-project");
    case ErrorKind::TooNew: return QStringLiteral("too-new");
    case ErrorKind::Busy: return QStringLiteral("busy");
    case ErrorKind::ReadOnly: return QStringLiteral("read-only");
    case ErrorKind::Constraint: return QStringLiteral("constraint");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Invalid: return QStringLiteral("invalid");
    case ErrorKind::Io: return QStringLiteral("io");
    case ErrorKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

StoreError::StoreError(ErrorKind kind, const QString &message, int sqliteCode)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_sqliteCode(sqliteCode)
{
}

ErrorKind classifySqliteError(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL: return ErrorKind::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return ErrorKind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorKind::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN: return ErrorKind::ReadOnly;
    case SQLITE_CONSTRAINT: return ErrorKind::Constraint;
    case SQLITE_IOERR: return ErrorKind::Io;
    default: return ErrorKind::Other;
    }
}

// ---- GeoPackage SQL functions -------------------------------------------------------------------------------------
// The R-tree triggers of GeoPackage 1.3 (Annex L) call ST_IsEmpty and ST_Min/MaxX/Y. QGIS and GDAL register them on
// their own connections; every connection of ours must too, or any write to a feature table fails.

namespace {

bool envelopeOf(sqlite3_value *value, Envelope &env, bool &empty)
{
    if (sqlite3_value_type(value) != SQLITE_BLOB)
        return false;
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(value));
    const int size = sqlite3_value_bytes(value);
    return gpkgBlobEnvelope(data, size_t(size), env, empty);
}

void stIsEmpty(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Envelope env;
    bool empty = false;
    if (!envelopeOf(argv[0], env, empty)) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int(ctx, empty ? 1 : 0);
}

template <int Which>
void stBound(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Envelope env;
    bool empty = false;
    if (!envelopeOf(argv[0], env, empty) || empty) {
        sqlite3_result_null(ctx);
        return;
    }
    const double v = Which == 0 ? env.minX : Which == 1 ? env.maxX : Which == 2 ? env.minY : env.maxY;
    sqlite3_result_double(ctx, v);
}

void registerGeoPackageFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db, "ST_IsEmpty", 1, flags, nullptr, stIsEmpty, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MinX", 1, flags, nullptr, stBound<0>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MaxX", 1, flags, nullptr, stBound<1>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MinY", 1, flags, nullptr, stBound<2>, nullptr, nullptr);
    sqlite3_create_function(db, "ST_MaxY", 1, flags, nullptr, stBound<3>, nullptr, nullptr);
}

} // namespace

// ---- Statement ----------------------------------------------------------------------------------------------------

Statement::Statement(Database *db, sqlite3_stmt *stmt, bool owned) : m_db(db), m_stmt(stmt), m_owned(owned) {}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_owned(other.m_owned)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_owned = other.m_owned;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        // A cached statement goes back to the cache clean, so the next user starts from scratch.
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = std::isfinite(value) ? sqlite3_bind_double(m_stmt, index, value) : sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    const int rc = sqlite3_bind_blob(m_stmt, index, value.constData(), value.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.userType()) {
    case QMetaType::Bool: return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short: return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return bind(index, value.toDouble());
    case QMetaType::QByteArray: return bindBlob(index, value.toByteArray());
    default: return bind(index, value.toString());
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, QString::fromUtf8(sqlite3_sql(m_stmt)).left(120));
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return QString();
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    if (!p)
        return QByteArray();
    return QByteArray(static_cast<const char *>(p), n);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(int64(column));
    case SQLITE_FLOAT: return QVariant(real(column));
    case SQLITE_TEXT: return QVariant(text(column));
    case SQLITE_BLOB: return QVariant(blob(column));
    default: return QVariant();
    }
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

// ---- Database -----------------------------------------------------------------------------------------------------

Database::~Database()
{
    close();
}

void Database::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(db);
        throw StoreError(classifySqliteError(rc), QStringLiteral("cannot open %1: %2").arg(path, msg), rc);
    }
    m_db = db;
    m_path = path;
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (QGIS on a desktop, the sync command) may hold the lock briefly; wait rather than fail.
    sqlite3_busy_timeout(m_db, 5000);
    registerGeoPackageFunctions(m_db);
}

void Database::close()
{
    for (auto &entry : m_cache)
        sqlite3_finalize(entry.second);
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        throw StoreError(classifySqliteError(rc), msg, rc);
    }
}

Statement Database::cached(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end())
        return Statement(this, it->second, false);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, QString::fromUtf8(sql).left(120));
    m_cache.emplace(sql, stmt);
    return Statement(this, stmt, false);
}

Statement Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), utf8.size(), &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql.left(120));
    return Statement(this, stmt, true);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

bool Database::tableExists(const QString &name)
{
    Statement st = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?"));
    st.bind(1, name);
    return st.step();
}

void Database::fail(int code, const QString &context) const
{
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    throw StoreError(classifySqliteError(code), context.isEmpty() ? msg : QStringLiteral("%1 (%2)").arg(msg, context),
                     code);
}

// ---- Transaction --------------------------------------------------------------------------------------------------

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.cached("BEGIN IMMEDIATE").run();
}

Transaction::~Transaction()
{
    if (!m_done && m_db.inTransaction()) {
        // A failed COMMIT (disk full) may already have rolled back; ROLLBACK is only sent while a transaction is open.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.cached("COMMIT").run();
    m_done = true;
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace territori::store
