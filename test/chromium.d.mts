export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
export declare const PORT_OFFSET: number;
export declare function testPort(port: number): number;
