package org.moneymen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class KernelWorkloadTest {

    @Test
    void kernel_bareQueue_and_mason_runTheSameEventsInTheSameOrder() {
        long kernel = KernelWorkload.kernel(1000, 12, 7);
        assertThat(KernelWorkload.bareQueue(1000, 12, 7)).isEqualTo(kernel);
        assertThat(KernelWorkload.mason(1000, 12, 7)).isEqualTo(kernel);
    }

    @Test
    void fewerAgentsThanDaysInAMonth_stillMatch() {
        long kernel = KernelWorkload.kernel(7, 5, 1);
        assertThat(KernelWorkload.bareQueue(7, 5, 1)).isEqualTo(kernel);
        assertThat(KernelWorkload.mason(7, 5, 1)).isEqualTo(kernel);
    }

    @Test
    void anotherOrder_givesAnotherChecksum() {
        assertThat(KernelWorkload.kernel(1000, 12, 7)).isNotEqualTo(KernelWorkload.kernel(1000, 12, 8));
    }
}
