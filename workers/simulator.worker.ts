/// <reference lib="webworker" />
// Worker entry: exposes the simulator API; all logic lives in simulator-api.ts and model/.
import { expose } from 'comlink';
import { createSimulatorApi } from './simulator-api';

expose(createSimulatorApi());
