#include <QTest>

class TestQualification : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestQualification)
#include "tst_qualification.moc"
