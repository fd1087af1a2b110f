#!/usr/bin/env node
// Node >= 22.18 strips TypeScript types natively, so the CLI runs straight from src/.
import '../src/cli/main.ts';
