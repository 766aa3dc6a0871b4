#include <QTest>

class TestRoutingrule : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestRoutingrule)
#include "tst_routingrule.moc"
