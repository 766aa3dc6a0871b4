#include <QTest>

class TestScoringrule : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestScoringrule)
#include "tst_scoringrule.moc"
