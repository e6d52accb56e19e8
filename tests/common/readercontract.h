#pragma once

#include "recordset.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// The contract every RecordReader meets, written once and run for each reader (as KDE
// Okteta does for its byte array models): a test class derives from it, says how to make
// its reader and which sample and malformed inputs to use, and inherits these test slots.
class ReaderContractTest : public QObject
{
    Q_OBJECT

protected:
    struct MalformedInput {
        const char *name;      // the data row's name
        QByteArray bytes;      // written to a temporary file
        QString fileSuffix;    // ".csv", ".json", ".json.gz", ".zip", ...
        QString expectedInMessage; // a word the fatal message must contain (besides the file name)
    };

    virtual std::unique_ptr<ccedit::RecordReader> createReader() const = 0;
    // A well-formed sample file and what reading it must give.
    virtual QString sampleFile() const = 0;
    virtual QStringList expectedHeader() const = 0;
    virtual int expectedRowCount() const = 0;
    virtual QStringList expectedFirstRow() const = 0;
    virtual int expectedFirstRowLine() const = 0;
    virtual QList<MalformedInput> malformedInputs() const = 0;
    // A well-formed input of several times ReadProgress::ProgressStep, so that reading it
    // reports progress more than once.
    struct LargeInput {
        QByteArray bytes;
        QString fileSuffix;
        int rowCount = 0;
    };
    virtual LargeInput largeInput() const = 0;

private Q_SLOTS:
    void readsTheSample();
    void rowsKeepFileOrderAndOrigins();
    void missingFileIsFatal();
    void directoryIsFatal();
    void emptyFileIsFatal();
    void malformedInputIsFatal_data();
    void malformedInputIsFatal();
    void inputIsNeverModified();
    void readingTwiceGivesTheSameValues();
    void progressRisesToTheTotal_data();
    void progressRisesToTheTotal();
    void cancellingEndsTheRead_data();
    void cancellingEndsTheRead();

private:
    // The sample, or the large input written once to a temporary file.
    QString inputFile(const QString &which);

    QTemporaryDir m_largeDir;
};
