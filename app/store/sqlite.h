#pragma once

// A thin RAII layer over the SQLite C API. The store uses SQLite directly (not Qt SQL) because it needs the
// GeoPackage SQL functions registered on the connection, prepared-statement caching for the 2 ms save budget,
// and exact control of transactions and error codes.

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace territori::store {

enum class ErrorKind {
    None,
    DiskFull,       // SQLITE_FULL or ENOSPC while writing attachments
    Corrupt,        // the file is damaged or not a database
    NotAProject,    // a valid GeoPackage that Territori did not create
    TooNew,         // written by a newer Territori: refused, never touched
    Busy,           // another process holds the write lock
    ReadOnly,       // the file or folder cannot be written
    Constraint,     // a value breaks a schema constraint (e.g. duplicate uuid)
    NotFound,       // the feature, layer or file does not exist
    Invalid,        // the caller passed something malformed (bad definition, bad value)
    Io,             // any other I/O failure
    Other
};

QString errorKindName(ErrorKind kind);

class StoreError : public std::runtime_error
{
public:
    StoreError(ErrorKind kind, const QString &message, int sqliteCode = 0);
    ErrorKind kind() const { return m_kind; }
    int sqliteCode() const { return m_sqliteCode; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    ErrorKind m_kind;
    int m_sqliteCode;
};

// Maps an SQLite result code to the kind of problem a user can act on.
ErrorKind classifySqliteError(int code);

class Database;

class Statement
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt, bool owned);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // Parameter indexes are 1-based, as in SQLite.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    // Binds a QVariant by its runtime type (null, bool, integer, double, byte array, anything else as text).
    Statement &bindVariant(int index, const QVariant &value);

    // Returns true while a row is available; throws StoreError on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // Returns the column in its storage class (null, integer, real, text, blob).
    QVariant value(int column) const;
    QString columnName(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    void release();
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = false;
};

class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the file and registers the GeoPackage SQL functions the R-tree triggers need.
    void open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    void exec(const QString &sql);
    void exec(const char *sql);
    // A statement prepared once per connection and reused: the hot save path runs a handful of the same statements.
    Statement cached(const char *sql);
    // A one-off statement, finalized when the Statement goes out of scope.
    Statement prepare(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    bool tableExists(const QString &name);

    // Throws StoreError carrying SQLite's message for the given result code.
    [[noreturn]] void fail(int code, const QString &context) const;

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, sqlite3_stmt *> m_cache;
};

// BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit() succeeded: an exception anywhere in an
// edit leaves the store exactly as it was before it.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// Quotes an SQL identifier ("name" with embedded quotes doubled). Identifiers cannot be bound as parameters.
QString quoteIdentifier(const QString &name);

} // namespace territori::store
