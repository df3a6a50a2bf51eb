import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

function breaker() {
  const clock = { now: 0 };
  return { clock, breaker: new CircuitBreaker({ failureThreshold: 3, openMs: 1_000 }, () => clock.now) };
}

describe('CircuitBreaker', () => {
  it('stays closed below the threshold and forgets failures after a success', () => {
    const { breaker: circuit } = breaker();
    circuit.recordFailure();
    circuit.recordFailure();
    circuit.recordSuccess();
    circuit.recordFailure();
    circuit.recordFailure();
    expect(circuit.isOpen).toBe(false);
    expect(circuit.tryAcquire()).toBe(true);
  });

  it('opens after the threshold and refuses calls until the open period is over', () => {
    const { breaker: circuit, clock } = breaker();
    for (let i = 0; i < 3; i++) circuit.recordFailure();
    expect(circuit.isOpen).toBe(true);
    clock.now = 999;
    expect(circuit.tryAcquire()).toBe(false);
  });

  it('lets one trial call through once open long enough, and closes when it succeeds', () => {
    const { breaker: circuit, clock } = breaker();
    for (let i = 0; i < 3; i++) circuit.recordFailure();
    clock.now = 1_000;
    expect(circuit.tryAcquire()).toBe(true);
    expect(circuit.tryAcquire()).toBe(false);
    circuit.recordSuccess();
    expect(circuit.isOpen).toBe(false);
    expect(circuit.tryAcquire()).toBe(true);
  });

  it('opens again for a whole period when the trial call fails', () => {
    const { breaker: circuit, clock } = breaker();
    for (let i = 0; i < 3; i++) circuit.recordFailure();
    clock.now = 1_000;
    circuit.tryAcquire();
    circuit.recordFailure();
    clock.now = 1_999;
    expect(circuit.tryAcquire()).toBe(false);
    clock.now = 2_000;
    expect(circuit.tryAcquire()).toBe(true);
  });
});
