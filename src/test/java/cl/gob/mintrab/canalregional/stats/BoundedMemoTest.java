package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recorder's memo per agent or path: remembers, and stays bounded when agents are invented. */
class BoundedMemoTest {

    @Test
    void anAgentIsWorkedOutOnceAndAFloodOfAgentsDoesNotGrowTheMemo() {
        AtomicInteger computed = new AtomicInteger();
        BoundedMemo<Integer> memo = new BoundedMemo<>(agent -> {
            computed.incrementAndGet();
            return agent.length();
        });
        assertEquals(10, memo.get("Navegador1"));
        assertEquals(10, memo.get(new String("Navegador1".toCharArray())));
        assertEquals(1, computed.get(), "remembered");

        for (int i = 0; i < 10_000; i++) {
            memo.get("Inventado/" + i);
        }
        computed.set(0);
        memo.get("Navegador1");
        assertEquals(1, computed.get(), "the memo was emptied when it reached 10,000 agents");

        String longAgent = "x".repeat(401);
        memo.get(longAgent);
        memo.get(longAgent);
        assertEquals(3, computed.get(), "an agent over 400 characters is never remembered");
    }
}
